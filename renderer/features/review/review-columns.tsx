import { memo, useMemo, type CSSProperties, type ReactNode } from 'react';
import type { Coder } from '../../../shared/api/coder.ts';
import { segmentsForText, type CodeLook } from '../transcript/index.ts';
import { tint } from '../../ui/color.ts';
import { highlightsByLine, textLines, type ReviewHighlight, type HighlightMark } from './review-marks.ts';

interface Props {
  text: string;
  coders: Coder[];
  highlights: ReviewHighlight[];
  marks: ReadonlyMap<string, HighlightMark>;
  lookOf: (codeId: string) => CodeLook;
  flash: { start: number; end: number; seq: number } | null;
  header: (coder: Coder) => ReactNode;
}

/**
 * The same transcript once per coder, side by side and read-only. One row per text line holds
 * every coder's copy of that line, so the columns stay aligned and scroll together. Highlights only one
 * coder marked are outlined (dashed); two coders' highlights on one passage with different codes are
 * hatched. Plain DOM, no editor: a 10k-word transcript is about a thousand rows.
 */
export const ReviewColumns = memo(function ReviewColumns({
  text,
  coders,
  highlights,
  marks,
  lookOf,
  flash,
  header,
}: Props) {
  const lines = useMemo(() => textLines(text), [text]);
  const perCoder = useMemo(
    () =>
      coders.map((c) =>
        highlightsByLine(
          lines,
          highlights.filter((s) => s.coderId === c.id).map((s) => ({ ...s, lane: 0 })),
        ),
      ),
    [coders, lines, highlights],
  );
  const style = { gridTemplateColumns: `repeat(${coders.length}, minmax(0, 1fr))` } as CSSProperties;
  return (
    <div className="rv-columns" style={style} data-testid="review-columns">
      {coders.map((c) => (
        <div key={c.id} className="rv-col-head">
          {header(c)}
        </div>
      ))}
      {lines.map((line, i) =>
        coders.map((c, k) => (
          <ReviewLine
            key={`${i}-${c.id}`}
            index={i}
            coderId={c.id}
            text={text.slice(line.start, line.end)}
            start={line.start}
            highlights={perCoder[k]![i]!}
            marks={marks}
            lookOf={lookOf}
            flash={flash && flash.end > line.start && flash.start < Math.max(line.end, line.start + 1) ? flash : null}
          />
        )),
      )}
    </div>
  );
});

interface LineProps {
  index: number;
  coderId: string;
  text: string;
  start: number;
  highlights: (ReviewHighlight & { lane: number })[];
  marks: ReadonlyMap<string, HighlightMark>;
  lookOf: (codeId: string) => CodeLook;
  flash: { start: number; end: number; seq: number } | null;
}

const ReviewLine = memo(function ReviewLine({
  index,
  coderId,
  text,
  start,
  highlights,
  marks,
  lookOf,
  flash,
}: LineProps) {
  const parts: ReactNode[] = [];
  const cuts = segmentsForText(start, text.length, highlights);
  // The flashed passage is cut in too, so exactly its characters light up.
  let at = 0;
  const plain = (from: number, to: number) => {
    if (to <= from) return;
    if (flash) {
      const fs = Math.max(from, flash.start - start);
      const fe = Math.min(to, flash.end - start);
      if (fe > fs) {
        if (fs > from) parts.push(text.slice(from, fs));
        parts.push(
          <mark key={`f${from}-${flash.seq}`} className="rv-flash">
            {text.slice(fs, fe)}
          </mark>,
        );
        if (to > fe) parts.push(text.slice(fe, to));
        return;
      }
    }
    parts.push(text.slice(from, to));
  };
  for (const seg of cuts) {
    plain(at, seg.from);
    const top = seg.highlights[seg.highlights.length - 1]!;
    const looks = seg.highlights.map((s) => lookOf(s.codeId));
    const mark = seg.highlights.map((s) => marks.get(s.id)).find((m) => m !== undefined);
    const flashed = flash && flash.start - start < seg.to && flash.end - start > seg.from;
    const bands = looks.map(
      (l, i) => `linear-gradient(${l.color}, ${l.color}) 0 calc(100% - ${3 * i}px) / 100% 3px no-repeat`,
    );
    parts.push(
      <span
        key={`s${seg.from}`}
        className={`rv-hl${mark ? ` rv-hl--${mark}` : ''}${flashed ? ' rv-flash' : ''}`}
        style={{
          background: [...bands, tint(lookOf(top.codeId).color, 0.2)].join(', '),
          paddingBottom: `${3 * (looks.length - 1)}px`,
        }}
        title={
          looks.map((l) => l.label).join(' + ') +
          (mark === 'only-one'
            ? ' — only this coder marked it'
            : mark === 'different-code'
              ? ' — the other coder used a different code here'
              : '')
        }
        data-code-ids={seg.highlights.map((s) => s.codeId).join(' ')}
        data-mark={mark}
        data-flash-seq={flashed ? flash.seq : undefined}
      >
        {text.slice(seg.from, seg.to)}
      </span>,
    );
    at = seg.to;
  }
  plain(at, text.length);
  return (
    <div className="rv-line" data-line={index} data-coder={coderId}>
      {parts.length ? parts : '\u00a0'}
    </div>
  );
});
