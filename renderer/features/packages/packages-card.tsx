import { openPackagesDialog } from './packages-store.ts';

/** Project settings: coder packages for a reliability study (the File menu has the same item). */
export function PackagesCard({ isLead }: { isLead: boolean }) {
  return (
    <section className="card settings-card" aria-labelledby="st-packages">
      <h2 className="card-title" id="st-packages">
        Coder packages
      </h2>
      <p className="card-hint">
        Send each coder a project file with only their assigned transcripts, optionally encrypted with a passphrase.
        They return their coding as a <span className="mono">.attune-coding</span> file, imported above.
      </p>
      <div className="exchange-actions">
        <button
          type="button"
          className="btn"
          disabled={!isLead}
          title={isLead ? undefined : 'Packages are written by a lead'}
          onClick={() => openPackagesDialog('write')}
        >
          Write coder packages…
        </button>
      </div>
      {!isLead && <p className="muted small">Packages are written by a lead.</p>}
    </section>
  );
}
