import { openQdaDialog } from './qda-dialog-store.ts';

/** Project settings: the REFI-QDA project export and import (the File menu has the same two). */
export function QdaExchangeCard({ canImport }: { canImport: boolean }) {
  return (
    <section className="card settings-card" aria-labelledby="st-qda">
      <h2 className="card-title" id="st-qda">
        Other QDA programs (REFI-QDA)
      </h2>
      <p className="card-hint">
        ATLAS.ti, MAXQDA, NVivo and QualCoder read and write REFI-QDA projects (<span className="mono">.qdpx</span>
        ): transcripts, coders, codes, highlights, notes and memos. The file holds the transcript text.
      </p>
      <div className="exchange-actions">
        <button type="button" className="btn" onClick={() => openQdaDialog('export')}>
          Export REFI-QDA project…
        </button>
        <button
          type="button"
          className="btn"
          disabled={!canImport}
          title={canImport ? undefined : 'Importing other coders’ work is for a lead or trainer'}
          onClick={() => openQdaDialog('import')}
        >
          Import REFI-QDA project…
        </button>
      </div>
      {!canImport && (
        <p className="muted small">Importing a project is for a lead or trainer (it would show other coders’ work).</p>
      )}
    </section>
  );
}
