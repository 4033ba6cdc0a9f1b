import { useId } from 'react';
import type { ProjectSettings } from '../../../shared/api/settings.ts';
import type { SettingsUpdate } from './use-settings-update.ts';

interface Props {
  settings: ProjectSettings;
  canEdit: boolean;
  /** The codebook's classification levels, for the pass level. */
  levels: readonly { id: string; label: string }[];
  update: SettingsUpdate;
}

/** Trainer mode on or off, and the pass rule: level, statistic and threshold (entered in % for percent agreement). */
export function TrainerModeCard({ settings: s, canEdit, levels, update }: Props) {
  const ids = { level: useId(), stat: useId(), threshold: useId() };
  const pctMode = s.passStatistic === 'percent-agreement';
  return (
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
            Each transcript can have a key coder (Training view). A trainee sees the key only after submitting their own
            coding of that transcript.
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
  );
}
