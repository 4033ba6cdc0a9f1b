import { useEffect, useId, useRef, useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import { loadSharedMemo, saveSharedMemo, useSharedMemo, type MemoRef } from './shared-memo-store.ts';

interface Props {
  memoRef: MemoRef;
  title: string;
  hint: string;
  /** Leads and trainers write; everyone else reads. */
  canEdit: boolean;
}

/** Saved once the writer pauses typing, and when they leave the field. */
const PAUSE_MS = 900;

/** A project or code memo: typed in place, saved as it is typed, undoable (Ctrl+Z) like every edit. */
export function SharedMemoEditor({ memoRef, title, hint, canEdit }: Props) {
  const memo = useSharedMemo(memoRef);
  const [text, setText] = useState(memo?.text ?? '');
  const [state, setState] = useState<'idle' | 'unsaved' | 'saving' | 'saved'>('idle');
  const [error, setError] = useState<string | null>(null);
  const typing = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(text);
  latest.current = text;
  const id = useId();
  const refKey = JSON.stringify(memoRef);

  useEffect(() => {
    loadSharedMemo(JSON.parse(refKey) as MemoRef).catch((e: unknown) => setError(errorMessage(e)));
  }, [refKey]);
  // Loads, undo and redo replace the text unless the writer is in the middle of typing.
  useEffect(() => {
    if (!typing.current) setText(memo?.text ?? '');
  }, [memo?.text]);

  const save = async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const value = latest.current;
    if (!canEdit || value === (memo?.text ?? '')) {
      typing.current = false;
      return;
    }
    setState('saving');
    try {
      await saveSharedMemo(JSON.parse(refKey) as MemoRef, value);
      setError(null);
      setState(latest.current === value ? 'saved' : 'unsaved');
      if (latest.current === value) typing.current = false;
    } catch (e) {
      setError(errorMessage(e));
      setState('idle');
    }
  };
  const saveRef = useRef(save);
  saveRef.current = save;
  useEffect(() => () => void saveRef.current(), [refKey]);

  return (
    <section className="seg-memo" aria-label={title}>
      <label className="field-label" htmlFor={id}>
        {title}
      </label>
      <p className="muted small">{hint}</p>
      <textarea
        id={id}
        className="input seg-memo-input"
        value={text}
        readOnly={!canEdit}
        placeholder={canEdit ? 'Start typing: saved as you pause.' : 'No memo yet (leads and trainers write it).'}
        onChange={(e) => {
          typing.current = true;
          setText(e.target.value);
          setState('unsaved');
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(() => void save(), PAUSE_MS);
        }}
        onBlur={() => void save()}
      />
      <p className="muted small" aria-live="polite" data-testid="shared-memo-state">
        {error ??
          (state === 'unsaved'
            ? 'Typing…'
            : state === 'saving'
              ? 'Saving…'
              : state === 'saved'
                ? 'Memo saved'
                : memo?.updatedAt
                  ? `Last saved${memo.updatedBy ? ` by ${memo.updatedBy}` : ''} ${new Date(memo.updatedAt).toLocaleString()}`
                  : '')}
      </p>
    </section>
  );
}
