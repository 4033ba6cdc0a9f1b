import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { SharedMemo } from '../../../shared/api/memo.ts';
import { send } from '../../api/client.ts';
import { trackWrite } from '../../state/save-status.ts';
import { pushUndo } from '../../state/undo-stack.ts';

export type MemoRef = { scope: 'project' } | { scope: 'code'; codeId: string };
const keyOf = (r: MemoRef) => (r.scope === 'project' ? 'project' : `code:${r.codeId}`);

/** The shared memos loaded so far, so undo and redo show in the editor that is open. */
const store = createStore<{ memos: Record<string, SharedMemo> }>(() => ({ memos: {} }));
const put = (r: MemoRef, m: SharedMemo) => store.setState((s) => ({ memos: { ...s.memos, [keyOf(r)]: m } }));

export function useSharedMemo(r: MemoRef): SharedMemo | undefined {
  return useStore(store, (s) => s.memos[keyOf(r)]);
}

export async function loadSharedMemo(r: MemoRef): Promise<void> {
  put(r, await send('memo-get-shared', r));
}

async function write(r: MemoRef, text: string): Promise<void> {
  put(r, await trackWrite('Saving the memo', send('memo-set-shared', { ...r, text })));
}

/** Save a memo's new text, undoable like every other edit. */
export async function saveSharedMemo(r: MemoRef, text: string): Promise<void> {
  const before = store.getState().memos[keyOf(r)]?.text ?? '';
  if (before === text) return;
  await write(r, text);
  pushUndo({
    label: r.scope === 'project' ? 'Edit project memo' : 'Edit code memo',
    undo: () => write(r, before),
    redo: () => write(r, text),
  });
}
