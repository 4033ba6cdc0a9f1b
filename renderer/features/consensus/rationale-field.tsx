import { useId, useState } from 'react';

interface Props {
  value: string;
  label: string;
  onSave: (text: string) => Promise<void>;
}

/** A consensus item's rationale, saved when the field loses focus. */
export function RationaleField({ value, label, onSave }: Props) {
  const [text, setText] = useState(value);
  const [state, setState] = useState<'idle' | 'saving' | 'saved'>('idle');
  const id = useId();
  return (
    <div className="rationale">
      <label className="visually-hidden" htmlFor={id}>
        {label}
      </label>
      <textarea
        id={id}
        className="input rationale-input"
        rows={1}
        placeholder="Rationale…"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setState('idle');
        }}
        onBlur={() => {
          if (text === value) return;
          setState('saving');
          void onSave(text)
            .then(() => setState('saved'))
            .catch(() => setState('idle'));
        }}
      />
      {state !== 'idle' && <span className="muted small">{state === 'saving' ? 'Saving…' : 'Saved'}</span>}
    </div>
  );
}
