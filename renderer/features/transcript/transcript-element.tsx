import { useContext, type CSSProperties } from 'react';
import type { RenderElementProps } from 'slate-react';
import type { MarginBar } from './decorations/decoration-index.ts';
import { shortLabel } from './transcript-leaf.tsx';
import { ViewContext } from './view-context.ts';

/** Horizontal step between bar lanes in the right margin, px. */
const LANE = 6;

/**
 * The right-margin bars of one block: one thin bar per highlight, in the highlight's underline lane,
 * spanning the part of the speech it covers (by character share, so no layout is read: a bar is exact
 * to the line for the short turns of an interview, and close for long ones). Hover names the code;
 * the open highlight's bar shows its name; a click opens and selects the highlight.
 */
function Bars({ bars }: { bars: readonly MarginBar[] }) {
  const ctx = useContext(ViewContext);
  if (!ctx || bars.length === 0) return null;
  return (
    <span className="hl-bars" data-testid="margin-bars">
      {bars.map((b) => {
        const look = ctx.lookOf.current(b.codeId);
        const style: CSSProperties = {
          top: b.up ? '-0.5rem' : `${b.top * 100}%`,
          bottom: b.down ? '-0.5rem' : `${(1 - b.bottom) * 100}%`,
          right: `${-(12 + b.lane * LANE)}px`,
          backgroundColor: look.color,
          ['--lane' as string]: b.lane,
        };
        return (
          <span
            key={b.id}
            className={`hl-bar${b.active ? ' hl-bar--active' : ''}${b.pending ? ' hl-bar--pending' : ''}`}
            style={style}
            data-hl-id={b.id}
            data-code-id={b.codeId}
            data-label={look.short ?? shortLabel(look.label)}
            title={look.label}
            role="img"
            aria-label={`Highlight: ${look.label}`}
            onMouseDown={(e) => e.preventDefault() /* keep the text selection and focus */}
            onClick={() => {
              if (!b.pending) ctx.onBarClick.current(b.id);
            }}
            onMouseEnter={(e) =>
              ctx.onBarHover.current(b.pending ? [] : [b.id], e.currentTarget.getBoundingClientRect())
            }
            onMouseLeave={() => ctx.onBarHover.current([], null)}
          />
        );
      })}
    </span>
  );
}

/**
 * A speaker turn is a two-column row (label | speech); other lines are plain paragraphs. A question
 * section's heading is drawn from data-heading by CSS (::before), so it is never part of the text.
 */
export function TranscriptElement({ attributes, children, element }: RenderElementProps) {
  const ctx = useContext(ViewContext);
  const bars = ctx?.index.current?.barsAt(element.start) ?? [];
  if (element.type === 'turn') {
    return (
      <div
        {...attributes}
        className={`turn turn--${element.role}`}
        data-role={element.role}
        data-speaker={element.speaker}
        data-start={element.start}
        data-heading={element.heading}
      >
        {children}
        {bars.length > 0 && (
          <span className="hl-bars-cell" contentEditable={false} style={{ gridRow: element.heading ? 2 : 1 }}>
            <Bars bars={bars} />
          </span>
        )}
      </div>
    );
  }
  return (
    <p {...attributes} className="plain-line" data-start={element.start} data-heading={element.heading}>
      {children}
      {bars.length > 0 && (
        <span className="hl-bars-cell hl-bars-cell--plain" contentEditable={false}>
          <Bars bars={bars} />
        </span>
      )}
    </p>
  );
}
