import type { RenderLeafProps } from 'slate-react';
import { tint } from '../../ui/color.ts';
import { lookClass, lookDeclarations, lookStyle } from './decorations/highlight-looks.ts';

export interface CodeLook {
  color: string;
  label: string;
  /** A short name for tight places (margin bars): the label, cut to about 24 characters. */
  short?: string;
  /** The code's group label, for the hover card. */
  group?: string;
}

/** The short name of a code label (margin bars, palette chips). */
export function shortLabel(label: string): string {
  return label.length <= 24 ? label : label.slice(0, 22).trimEnd() + '…';
}

interface Props extends RenderLeafProps {
  lookOf: (codeId: string) => CodeLook;
}

/**
 * Paints a run of text. Overlaps stay readable: the innermost highlight tints the background
 * lightly (text stays full-contrast ink), and every highlight covering the run adds its own
 * coloured underline band; with more than two, a small count appears after the run.
 */
export function TranscriptLeaf({ attributes, children, leaf, lookOf }: Props) {
  const classes: string[] = [];
  if (leaf.label) classes.push('speaker-label');
  if (leaf.find) classes.push(leaf.find === 'current' ? 'find-current' : 'find-match');
  if (leaf.mark) classes.push('tmark', `tmark--${leaf.mark}`);
  // The first character of a stored line carries its number, drawn in the margin by CSS (never text).
  if (leaf.line !== undefined) classes.push('ln');
  const line = leaf.line;
  const highlights = leaf.highlights ?? [];
  if (highlights.length === 0) {
    return (
      <span {...attributes} className={classes.join(' ') || undefined} data-line={line}>
        {children}
      </span>
    );
  }
  const looks = highlights.map((s) => lookOf(s.codeId));
  const top = looks[looks.length - 1]!;
  const pending = highlights.some((s) => s.pending);
  classes.push('hl');
  if (pending) classes.push('hl--pending');
  if (leaf.active) classes.push('hl--active');
  // Each highlight draws its underline band in its own lane, so a band keeps its height along the
  // whole highlight even where other highlights start or stop. A class per look, not an inline style:
  // its gradients are parsed once, not for every span. Not for a pending one (a code key, one or two
  // spans): a new rule has Chromium check the whole transcript for it, inside the key press.
  const bands = looks.map((l, i) => ({ color: l.color, lane: highlights[i]!.lane ?? i }));
  const fill = tint(top.color, pending ? 0.1 : leaf.active ? 0.36 : 0.18);
  if (!pending) classes.push(lookClass(lookDeclarations(bands, fill)));
  return (
    <span
      {...attributes}
      className={classes.join(' ')}
      style={pending ? lookStyle(bands, fill) : undefined}
      data-line={line}
      // Pending ones too: a highlight clicked while its save is on the way opens once it is saved.
      data-highlight-ids={highlights.map((s) => s.id).join(' ')}
      data-code-ids={highlights.map((s) => s.codeId).join(' ')}
      data-count={highlights.length > 2 ? highlights.length : undefined}
      // Not by colour alone: assistive technology reads the code(s) with the highlighted text.
      aria-description={`Highlighted: ${[...new Set(looks.map((l) => l.label))].join('; ')}`}
    >
      {children}
    </span>
  );
}
