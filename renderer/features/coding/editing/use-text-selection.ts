import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { TextSelection } from '../../transcript/index.ts';
import { createValueStore, type ValueStore } from '../../../state/value-store.ts';

export interface TextSelectionState {
  /** For the code panel's preview, which subscribes: selecting re-renders only it. */
  store: ValueStore<TextSelection | null>;
  /** For everything that acts on the selection: current at once, at a key press. */
  now: { current: TextSelection | null };
  /** The transcript view's onSelectionChange (stable). */
  onChange: (selection: TextSelection | null) => void;
  clear: () => void;
}

/**
 * The text's selection, kept outside React state so the coding view does not re-render as it moves.
 * A view drawn anew (`viewKey`) has no selection.
 */
export function useTextSelection(viewKey: string): TextSelectionState {
  const [store] = useState(() => createValueStore<TextSelection | null>(null));
  const now = useRef<TextSelection | null>(null);
  // The ref is current at once (the palette and code buttons read it); the code panel's preview follows
  // as a transition (see SelectionCodePanel): never in the way of typing keys.
  const onChange = useCallback(
    (sel: TextSelection | null) => {
      now.current = sel;
      store.getState().set(sel);
    },
    [store],
  );
  const clear = useCallback(() => onChange(null), [onChange]);
  useEffect(() => {
    now.current = null;
    store.getState().set(null);
  }, [viewKey, store]);
  return useMemo(() => ({ store, now, onChange, clear }), [store, onChange, clear]);
}
