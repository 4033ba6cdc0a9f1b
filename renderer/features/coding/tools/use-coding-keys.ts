import { useEffect } from 'react';
import { codingKey, type CodingKey } from './coding-keys.ts';

function isEditable(t: EventTarget | null): boolean {
  return (
    t instanceof HTMLElement &&
    (t.isContentEditable || t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT')
  );
}

/** A field that takes typed text: not the transcript, which is editable only for its caret (aria-readonly). */
function isTextField(t: EventTarget | null): boolean {
  return isEditable(t) && !(t instanceof HTMLElement && t.closest('[aria-readonly="true"]'));
}

/**
 * The coding view's window-wide shortcuts (see codingKey); `run` does what each asks. Listens anew
 * after every render, so `run` is always this render's, and the listener stays after the ones that
 * children added (it sees what they prevented).
 */
export function useCodingKeys(
  hotkeys: ReadonlyMap<string, string>,
  hasTranscript: boolean,
  run: (key: CodingKey) => void,
) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const what = codingKey(
        {
          key: e.key,
          ctrlKey: e.ctrlKey,
          metaKey: e.metaKey,
          altKey: e.altKey,
          shiftKey: e.shiftKey,
          defaultPrevented: e.defaultPrevented,
          inTextField: isTextField(e.target),
          inEditable: isEditable(e.target),
          dialogOpen: document.querySelector('dialog[open]') !== null,
          hasTranscript,
        },
        hotkeys,
      );
      if (!what) return;
      if (what.kind !== 'close') e.preventDefault();
      run(what);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });
}
