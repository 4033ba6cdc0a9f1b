import { useState } from 'react';
import type { SpeakerPattern, SpeakerRole } from '../../../../shared/transcript/turns.ts';

interface Props {
  patterns: SpeakerPattern[];
  onChange: (next: SpeakerPattern[]) => void;
  disabled: boolean;
}

const ROLES: { value: SpeakerRole; label: string }[] = [
  { value: 'interviewer', label: 'Interviewer' },
  { value: 'respondent', label: 'Respondent' },
  { value: 'other', label: 'Other speakers' },
];

/**
 * Which labels at the start of a line begin a turn ("INT:", "SUBJ:", a pseudonymised name), grouped
 * by role: one row of removable tags per role and a field to add one.
 */
export function SpeakerLabelsEditor({ patterns, onChange, disabled }: Props) {
  const [draft, setDraft] = useState<Record<SpeakerRole, string>>({ interviewer: '', respondent: '', other: '' });
  const add = (role: SpeakerRole) => {
    const label = draft[role].replace(/:/g, '').trim();
    if (!label) return;
    if (!patterns.some((p) => p.label.toLowerCase() === label.toLowerCase())) onChange([...patterns, { label, role }]);
    setDraft((d) => ({ ...d, [role]: '' }));
  };
  return (
    <div className="speaker-editor" role="group" aria-label="Speaker labels">
      {ROLES.map((r) => (
        <div className="speaker-role" key={r.value}>
          <span className="speaker-role-name">{r.label}</span>
          <span className="speaker-tags">
            {patterns
              .filter((p) => p.role === r.value)
              .map((p) => (
                <span key={p.label} className={`speaker-badge speaker-badge--${p.role} speaker-tag`}>
                  {p.label}:
                  <button
                    type="button"
                    className="speaker-tag-remove"
                    aria-label={`Remove speaker label ${p.label}`}
                    disabled={disabled || patterns.length === 1}
                    onClick={() => onChange(patterns.filter((x) => x !== p))}
                  >
                    ×
                  </button>
                </span>
              ))}
            <input
              className="speaker-tag-input"
              aria-label={`Add a ${r.value} label`}
              placeholder="+ label"
              value={draft[r.value]}
              disabled={disabled}
              size={7}
              onChange={(e) => setDraft((d) => ({ ...d, [r.value]: e.target.value }))}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  add(r.value);
                }
              }}
              onBlur={() => add(r.value)}
            />
          </span>
        </div>
      ))}
    </div>
  );
}
