import { useId } from 'react';
import type { ProjectSettings } from '../../../shared/api/settings.ts';
import type { SettingsUpdate } from './use-settings-update.ts';

interface Props {
  settings: ProjectSettings;
  canEdit: boolean;
  update: SettingsUpdate;
}

/** How far apart two ratings of a scale may be and still count as agreeing (0–9 points, saved on leaving the field). */
export function ScaleToleranceCard({ settings: s, canEdit, update }: Props) {
  const id = useId();
  return (
    <section className="card settings-card" aria-labelledby="st-review">
      <h2 className="card-title" id="st-review">
        Scale tolerance
      </h2>
      <p className="card-hint">
        Two ratings of a scale this many points apart or less count as “within tolerance” on the dashboard; larger gaps
        are listed in the disagreement review.
      </p>
      <div className="field-row">
        <label className="field-label" htmlFor={id}>
          Points
        </label>
        <input
          id={id}
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
  );
}
