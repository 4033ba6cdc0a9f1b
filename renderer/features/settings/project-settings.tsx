import { useId, useState } from 'react';
import type { ProjectSettings } from '../../../shared/api/settings.ts';
import { errorMessage, send } from '../../api/client.ts';
import { isPrivilegedRole } from '../../../shared/api/coder.ts';
import { ROLE_LABELS } from './role-labels.ts';
import type { ViewProps } from '../../state/view-props.ts';
import { trackWrite } from '../../state/save-status.ts';
import { CodersPanel } from './coders-panel.tsx';
import { CodingExchange } from './coding-exchange.tsx';
import { HiddenFieldsEditor } from '../metadata/index.ts';
import { RevealDialog } from './reveal-dialog.tsx';
import { ViewNotice } from '../../ui/view-notice.tsx';

/**
 * Blind coding and reveal, trainer mode and its pass rule, scale tolerance, hidden metadata fields
 * and the project's coders. Leads and trainers change them; everyone else sees them read-only with
 * the reason (the services refuse the same changes).
 */
export function ProjectSettingsView({ project, coder, data, reload }: ViewProps) {
  const s = data.settings;
  const canEdit = isPrivilegedRole(coder.role);
  const [error, setError] = useState<string | null>(null);
  const [confirmReveal, setConfirmReveal] = useState(false);
  const levels = data.codebook.codebook.classification?.levels ?? [];
  const ids = { level: useId(), stat: useId(), threshold: useId(), tolerance: useId() };

  const update = async (patch: Partial<ProjectSettings>, what: string) => {
    setError(null);
    try {
      await trackWrite(what, send('settings-update', patch));
      await reload();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const pctMode = s.passStatistic === 'percent-agreement';

  return (
    <div className="mc-page">
      <header className="mc-page-head">
        <div>
          <h1 className="mc-title">Project settings</h1>
          <p className="muted">
            {project.name} · you are <strong>{coder.name}</strong> ({ROLE_LABELS[coder.role] ?? coder.role})
          </p>
        </div>
      </header>
      {!canEdit && (
        <ViewNotice title="Read-only for you" tone="locked">
          Blind coding, trainer mode and the other settings are changed by a lead or trainer, and Attune’s host refuses
          the change from anyone else. You can still export your own coding below.
        </ViewNotice>
      )}
      {error && (
        <div className="inline-error" role="alert">
          {error}
        </div>
      )}

      <div className="settings-grid">
        <section className="card settings-card" aria-labelledby="st-exchange">
          <h2 className="card-title" id="st-exchange">
            Exchange coding
          </h2>
          <p className="card-hint">
            Coders on other machines send their work as one <span className="mono">.attune-coding</span> file; the lead
            imports it here. Transcripts are matched by their text’s fingerprint (SHA-256), so titles may differ.
          </p>
          <CodingExchange coder={coder} data={data} onImported={reload} />
        </section>

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
                    <button type="button" className="btn btn-small btn-primary" onClick={() => setConfirmReveal(true)}>
                      Reveal coding…
                    </button>
                  )}
                </>
              )}
            </div>
          )}
        </section>

        <section className="card settings-card" aria-labelledby="st-trainer">
          <h2 className="card-title" id="st-trainer">
            Trainer mode
          </h2>
          <label className="switch-row">
            <input
              type="checkbox"
              role="switch"
              checked={s.trainerMode}
              disabled={!canEdit}
              onChange={(e) => void update({ trainerMode: e.target.checked }, 'Trainer mode')}
            />
            <span>
              <strong>Trainees are marked against a key coder</strong>
              <span className="muted small block">
                Each transcript can have a key coder (Training view). A trainee sees the key only after submitting their
                own coding of that transcript.
              </span>
            </span>
          </label>
          <div className="settings-fields">
            <label className="field-label" htmlFor={ids.level}>
              Pass level
            </label>
            <select
              id={ids.level}
              className="input"
              value={s.passLevel}
              disabled={!canEdit}
              onChange={(e) => void update({ passLevel: e.target.value }, 'Pass level')}
            >
              {levels.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.label}
                </option>
              ))}
              {!levels.some((l) => l.id === s.passLevel) && <option value={s.passLevel}>{s.passLevel}</option>}
            </select>
            <label className="field-label" htmlFor={ids.stat}>
              Statistic
            </label>
            <select
              id={ids.stat}
              className="input"
              value={s.passStatistic}
              disabled={!canEdit}
              onChange={(e) =>
                void update({ passStatistic: e.target.value as ProjectSettings['passStatistic'] }, 'Pass statistic')
              }
            >
              <option value="percent-agreement">Percent agreement</option>
              <option value="cohen-kappa">Cohen’s kappa</option>
            </select>
            <label className="field-label" htmlFor={ids.threshold}>
              Pass threshold {pctMode ? '(%)' : '(κ)'}
            </label>
            <input
              id={ids.threshold}
              key={`${s.passThreshold}-${s.passStatistic}`}
              className="input input-narrow"
              type="number"
              min={0}
              max={pctMode ? 100 : 1}
              step={pctMode ? 1 : 0.05}
              defaultValue={pctMode ? Math.round(s.passThreshold * 1000) / 10 : s.passThreshold}
              disabled={!canEdit}
              onBlur={(e) => {
                const v = Number(e.target.value);
                const t = pctMode ? v / 100 : v;
                if (Number.isFinite(t) && t >= 0 && t <= 1 && t !== s.passThreshold)
                  void update({ passThreshold: t }, 'Pass threshold');
              }}
            />
          </div>
        </section>

        <section className="card settings-card" aria-labelledby="st-review">
          <h2 className="card-title" id="st-review">
            Scale tolerance
          </h2>
          <p className="card-hint">
            Two ratings of a scale this many points apart or less count as “within tolerance” on the dashboard; larger
            gaps are listed in the disagreement review.
          </p>
          <div className="field-row">
            <label className="field-label" htmlFor={ids.tolerance}>
              Points
            </label>
            <input
              id={ids.tolerance}
              key={s.scaleTolerance}
              className="input input-narrow"
              type="number"
              min={0}
              max={9}
              step={0.5}
              defaultValue={s.scaleTolerance}
              disabled={!canEdit}
              onBlur={(e) => {
                const v = Number(e.target.value);
                if (Number.isFinite(v) && v >= 0 && v <= 9 && v !== s.scaleTolerance)
                  void update({ scaleTolerance: v }, 'Scale tolerance');
              }}
            />
          </div>
        </section>

        <section className="card settings-card" aria-labelledby="st-hidden">
          <h2 className="card-title" id="st-hidden">
            Hidden metadata fields
          </h2>
          <p className="card-hint">
            Fields coders must not see (group, condition, other measures such as the infant’s Strange Situation result).
            Only leads and trainers see them.
          </p>
          <HiddenFieldsEditor
            fields={s.hiddenMetadataFields}
            disabled={!canEdit}
            onChange={(fields) => void update({ hiddenMetadataFields: fields }, 'Hidden metadata fields')}
          />
        </section>

        <section className="card settings-card settings-card--wide" aria-labelledby="st-coders">
          <h2 className="card-title" id="st-coders">
            Coders
          </h2>
          <CodersPanel coder={coder} coders={data.coders} onAdded={reload} />
        </section>
      </div>
      {confirmReveal && (
        <RevealDialog
          onCancel={() => setConfirmReveal(false)}
          onConfirm={async () => {
            setConfirmReveal(false);
            await update({ revealed: true }, 'Revealing coding');
          }}
        />
      )}
    </div>
  );
}
