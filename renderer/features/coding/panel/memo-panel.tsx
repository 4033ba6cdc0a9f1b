import { useEffect, useId, useRef, useState } from 'react';
import type { Memo } from '../../../../shared/api/memo.ts';
import { useFormatter } from '../../../state/prefs.ts';
import { saveMemo, type Owner } from '../../../state/coding-data.ts';

interface Props {
  owner: Owner;
  memo: Memo;
}

/** Saved once the coder pauses typing, and when they leave the field. */
const PAUSE_MS = 900;

/** One free-text memo per transcript and coder: overall impressions, open questions, what to revisit. */
export function MemoPanel({ owner, memo }: Props) {
  const f = useFormatter();
  const [text, setText] = useState(memo.text);
  const [state, setState] = useState<'idle' | 'unsaved' | 'saving' | 'saved' | 'failed'>('idle');
  const typing = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(text);
  const id = useId();
  latest.current = text;

  // Undo and reloads replace the text unless the coder is in the middle of typing.
  useEffect(() => {
    if (!typing.current) setText(memo.text);
  }, [memo.text]);

  const save = async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const value = latest.current;
    if (value === memo.text) {
      typing.current = false;
      return;
    }
    setState('saving');
    try {
      await saveMemo(owner, value);
      setState(latest.current === value ? 'saved' : 'unsaved');
      if (latest.current === value) typing.current = false;
    } catch {
      setState('failed');
    }
  };

  // Save what is pending when the panel closes (tab switch, other transcript).
  const saveRef = useRef(save);
  saveRef.current = save;
  useEffect(() => () => void saveRef.current(), []);

  return (
    <section className="memo-panel" aria-label="Memo">
      <label className="field-label" htmlFor={id}>
        Memo for this transcript
      </label>
      <p className="muted small memo-hint">
        Your overall impressions, open questions and what to revisit. Only you and, when revealed, your lead see it.
      </p>
      <textarea
        id={id}
        className="input memo-input"
        value={text}
        placeholder="Start typing: saved as you pause."
        onChange={(e) => {
          typing.current = true;
          setText(e.target.value);
          setState('unsaved');
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(() => void save(), PAUSE_MS);
        }}
        onBlur={() => void save()}
      />
      <p
        className={`note-state note-state--${state === 'saved' ? 'saved' : state === 'failed' ? 'failed' : 'idle'}`}
        aria-live="polite"
        data-testid="memo-state"
      >
        {state === 'unsaved' && 'Typing…'}
        {state === 'saving' && 'Saving memo…'}
        {state === 'saved' && `Memo saved${memo.updatedAt ? ` at ${f.time(memo.updatedAt)}` : ''}`}
        {state === 'failed' && 'Memo not saved'}
        {state === 'idle' && (memo.updatedAt ? `Last saved ${f.time(memo.updatedAt)}` : '')}
      </p>
    </section>
  );
}
