import type { ProjectSettings } from '../../../shared/api/settings.ts';
import type { SettingsUpdate } from './use-settings-update.ts';

interface Props {
  settings: ProjectSettings;
  canEdit: boolean;
  update: SettingsUpdate;
  /** "Reveal coding…": the caller asks for confirmation first. */
  onReveal: () => void;
}

/** Blind coding on or off, and while it is on whether the coding is revealed (hide again, or reveal). */
export function BlindCodingCard({ settings: s, canEdit, update, onReveal }: Props) {
  return (
    <section className="card settings-card" aria-labelledby="st-blind">
      <h2 className="card-title" id="st-blind">
        Blind coding
      </h2>
      <label className="switch-row">
        <input
          type="checkbox"
          role="switch"
          checked={s.blindMode}
          disabled={!canEdit}
          onChange={(e) =>
            void update(
              { blindMode: e.target.checked, ...(e.target.checked ? { revealed: false } : {}) },
              'Blind coding',
            )
          }
        />
        <span>
          <strong>Each coder sees only their own coding</strong>
          <span className="muted small block">
            Highlights, ratings, classifications and notes of other coders stay hidden, and so do hidden metadata
            fields, until the lead reveals. The dashboard and review wait for the reveal.
          </span>
        </span>
      </label>
      {s.blindMode && (
        <div
          className={`blind-state ${s.revealed ? 'blind-state--open' : 'blind-state--closed'}`}
          data-testid="blind-state"
        >
          {s.revealed ? (
            <>
              <span>
                <strong>Revealed.</strong> Everyone sees every coder’s work.
              </span>
              {canEdit && (
                <button
                  type="button"
                  className="btn btn-small"
                  onClick={() => void update({ revealed: false }, 'Hiding coding again')}
                >
                  Hide again
                </button>
              )}
            </>
          ) : (
            <>
              <span>
                <strong>Blind.</strong> Coding is hidden between coders.
              </span>
              {canEdit && (
                <button type="button" className="btn btn-small btn-primary" onClick={onReveal}>
                  Reveal coding…
                </button>
              )}
            </>
          )}
        </div>
      )}
    </section>
  );
}
