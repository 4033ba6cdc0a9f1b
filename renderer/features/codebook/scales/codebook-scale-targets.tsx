import type { Scale, ScaleTarget } from '../../../../shared/codebook/codebook-schema.ts';

interface Props {
  /** The form's useId(); the group is labelled by `${id}-targets`. */
  id: string;
  scale: Scale;
  onChange: (patch: Partial<Scale>) => void;
}

/** The targets the rating API accepts (shared/api/coding.ts), in score-sheet column order. */
const TARGETS: { id: ScaleTarget; label: string }[] = [
  { id: 'mother', label: 'Mother' },
  { id: 'father', label: 'Father' },
  { id: 'other', label: 'Other figure' },
  { id: 'transcript', label: 'Transcript' },
  { id: 'event', label: 'Each loss/trauma event' },
];

/** "Rated for": one checkbox per target, kept in score-sheet order whatever order they are ticked in. */
export function CodebookScaleTargets({ id, scale, onChange }: Props) {
  const toggle = (t: ScaleTarget, on: boolean) =>
    onChange({ targets: TARGETS.map((x) => x.id).filter((x) => (x === t ? on : scale.targets.includes(x))) });
  return (
    <>
      <span className="field-label" id={`${id}-targets`}>
        Rated for
      </span>
      <div
        className="cb-check-grid"
        role="group"
        aria-labelledby={`${id}-targets`}
        aria-describedby={`${id}-targets-help`}
      >
        {TARGETS.map((t) => (
          <label key={t.id} className="check-row">
            <input
              type="checkbox"
              checked={scale.targets.includes(t.id)}
              onChange={(e) => toggle(t.id, e.target.checked)}
            />
            {t.label}
          </label>
        ))}
      </div>
      <p id={`${id}-targets-help`} className="muted small cb-help">
        One rating per ticked target: per parent or figure, one for the whole transcript, or one per loss or trauma the
        coder lists.
      </p>
    </>
  );
}
