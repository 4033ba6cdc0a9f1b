import type { BaseEditor, BaseRange } from 'slate';
import type { ReactEditor } from 'slate-react';
import type { MarkKind } from '../../../shared/transcript/marks.ts';
import type { SpeakerRole } from '../../../shared/transcript/turns.ts';

/** One highlight as the editor sees it: an annotation (or a pending one) over global offsets. */
export interface Highlight {
  id: string;
  codeId: string;
  /** Half-open [start, end) in UTF-16 code units of the transcript text. */
  start: number;
  end: number;
  /** True while the create call has not resolved: painted differently, never shown as saved. */
  pending?: boolean;
  /** Underline band (0 = lowest), fixed for the highlight's whole length (see assignLanes). */
  lane?: number;
}

/**
 * A text node knows where it sits in the stored transcript (`start`, a global offset), so
 * mapping Slate points to offsets and decorating need nothing but the node itself.
 */
export interface TranscriptText {
  text: string;
  start: number;
  /** The speaker label ("I:") of a turn, rendered in the label column. */
  label?: true;
  // Decoration properties (set by decorate(), merged into leaves by Slate):
  highlights?: readonly Highlight[];
  /** The leaf belongs to a highlight opened in the details panel. */
  active?: boolean;
  /** The leaf is part of a find match ('current' = the one Enter moved to). */
  find?: 'match' | 'current';
  /** The leaf is a transcriber mark ({{laughs}}, (pause 6 sec), [00:31:12]): kept in the text, shown apart. */
  mark?: MarkKind;
  /** The leaf starts stored text line n (1-based): its number is shown in the margin. */
  line?: number;
}

export interface TurnElement {
  type: 'turn';
  speaker: string;
  role: SpeakerRole;
  start: number;
  end: number;
  /** [label text (with any indentation/timestamp before it), body text] */
  children: [TranscriptText, TranscriptText];
  /** A question section starts here: its heading, shown above the block (not part of the text). */
  heading?: string;
  /** Decoration version: bumped (set_node) when this block's decorations change, so only it re-renders. */
  deco?: number;
}

/** Text outside speaker turns (the header, stray lines): shown as plain paragraphs. */
export interface ParagraphElement {
  type: 'paragraph';
  start: number;
  end: number;
  children: [TranscriptText];
  heading?: string;
  deco?: number;
}

export type TranscriptElement = TurnElement | ParagraphElement;

export type TranscriptRange = BaseRange & {
  highlights?: readonly Highlight[];
  active?: boolean;
  find?: 'match' | 'current';
  mark?: MarkKind;
  line?: number;
};

declare module 'slate' {
  interface CustomTypes {
    Editor: BaseEditor & ReactEditor;
    Element: TranscriptElement;
    Text: TranscriptText;
    Range: TranscriptRange;
  }
}
