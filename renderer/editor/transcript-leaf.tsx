import type { CSSProperties } from 'react';
import type { RenderLeafProps } from 'slate-react';
import { tint } from '../lib/color.ts';

export interface CodeLook {
  color: string;
  label: string;
}

interface Props extends RenderLeafProps {
  lookOf: (codeId: string) => CodeLook;
}

/** Each underline band is this many px; bands stack downwards, one per overlapping highlight. */
const BAND = 3;

/**
 * Paints a run of text. Overlaps stay readable: the innermost highlight tints the background
 * lightly (text stays full-contrast ink), and every highlight covering the run adds its own
 * coloured underline band; with more than two, a small count appears after the run.
 */
export function TranscriptLeaf({ attributes, children, leaf, lookOf }: Props) {
  const classes: string[] = [];
  if (leaf.label) classes.push('speaker-label');
  const spans = leaf.highlights ?? [];
  if (spans.length === 0) {
    return (
      <span {...attributes} className={classes.join(' ') || undefined}>
        {children}
      </span>
    );
  }
  const looks = spans.map((s) => lookOf(s.codeId));
  const top = looks[looks.length - 1]!;
  const pending = spans.some((s) => s.pending);
  classes.push('hl');
  if (pending) classes.push('hl--pending');
  if (leaf.active) classes.push('hl--active');
  const style: CSSProperties = {
    backgroundColor: tint(top.color, pending ? 0.1 : leaf.active ? 0.36 : 0.18),
    // Outermost highlight's band at the very bottom, inner ones above it.
    boxShadow: looks.map((l, i) => `inset 0 -${BAND * (spans.length - i)}px 0 ${l.color}`).join(', '),
    paddingBottom: `${BAND * Math.max(0, spans.length - 1)}px`,
  };
  const saved = spans.filter((s) => !s.pending);
  return (
    <span
      {...attributes}
      className={classes.join(' ')}
      style={style}
      title={looks.map((l) => l.label).join(' + ') + (pending ? ' (saving…)' : '')}
      data-highlight-ids={saved.map((s) => s.id).join(' ')}
      data-code-ids={spans.map((s) => s.codeId).join(' ')}
      data-count={spans.length > 2 ? spans.length : undefined}
    >
      {children}
    </span>
  );
}
