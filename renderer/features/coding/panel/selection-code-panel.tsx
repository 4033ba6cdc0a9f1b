import type { Codebook } from '../../../../shared/codebook/codebook-schema.ts';
import type { TextSelection } from '../../transcript/index.ts';
import { useTransitionValue, type ValueStore } from '../../../state/value-store.ts';
import { CodePanel } from './code-panel.tsx';

interface Props {
  codebook: Codebook;
  text: string;
  /** The text's selection: subscribed here, so selecting (or tagging) re-renders only this panel. */
  selection: ValueStore<TextSelection | null>;
  onTag: (codeId: string) => void;
}

/** The code panel with a preview of the selected passage. */
export function SelectionCodePanel({ codebook, text, selection, onTag }: Props) {
  const sel = useTransitionValue(selection);
  return <CodePanel codebook={codebook} selectionPreview={sel ? text.slice(sel.start, sel.end) : null} onTag={onTag} />;
}
