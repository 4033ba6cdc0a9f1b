import type { SpeakerPattern, SpeakerRole } from '../../shared/transcript/turns.ts';

interface Props {
  patterns: SpeakerPattern[];
  onChange: (next: SpeakerPattern[]) => void;
  disabled: boolean;
}

const ROLES: { value: SpeakerRole; label: string }[] = [
  { value: 'interviewer', label: 'Interviewer' },
  { value: 'respondent', label: 'Respondent' },
  { value: 'other', label: 'Other' },
];

/** Which labels at the start of a line begin a turn ("INT:", "SUBJ:", a pseudonymised name). */
export function SpeakerLabelsEditor({ patterns, onChange, disabled }: Props) {
  const set = (i: number, change: Partial<SpeakerPattern>) => onChange(patterns.map((p, j) => (j === i ? { ...p, ...change } : p)));
  return (
    <div className="speaker-editor" role="group" aria-label="Speaker labels">
      {patterns.map((p, i) => (
        <div className={`speaker-chip speaker-chip--${p.role}`} key={i}>
          <input
            className="speaker-chip-label mono"
            aria-label={`Speaker label ${i + 1}`}
            value={p.label}
            disabled={disabled}
            size={Math.max(2, p.label.length + 1)}
            onChange={(e) => set(i, { label: e.target.value.replace(/:/g, '') })}
          />
          <span aria-hidden="true">:</span>
          <select aria-label={`Role of ${p.label || `label ${i + 1}`}`} value={p.role} disabled={disabled} onChange={(e) => set(i, { role: e.target.value as SpeakerRole })}>
            {ROLES.map((r) => (
              <option key={r.value} value={r.value}>
                {r.label}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="speaker-chip-remove"
            aria-label={`Remove speaker label ${p.label || i + 1}`}
            disabled={disabled || patterns.length === 1}
            onClick={() => onChange(patterns.filter((_, j) => j !== i))}
          >
            ✕
          </button>
        </div>
      ))}
      <button type="button" className="btn btn-small" disabled={disabled} onClick={() => onChange([...patterns, { label: '', role: 'other' }])}>
        + Label
      </button>
    </div>
  );
}
