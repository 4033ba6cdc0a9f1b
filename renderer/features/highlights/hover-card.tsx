import { useEffect, useState } from 'react';
import type { Annotation } from '../../../shared/api/annotation.ts';
import type { LossEvent } from '../../../shared/api/event.ts';
import type { Codebook } from '../../../shared/codebook/codebook-schema.ts';
import { eventLabel } from '../score-sheet/index.ts';

interface Props {
  /** Highlights under the pointer (innermost last) and where they are on screen. */
  hover: { ids: string[]; anchor: DOMRect } | null;
  annotations: readonly Annotation[];
  codebook: Codebook;
  coderName: string;
  /** Loss/trauma events, to name the one an unresolved indicator is linked to. */
  events: readonly LossEvent[];
}

const excerpt = (s: string, n = 140) => (s.length > n ? s.slice(0, n - 1).trimEnd() + '…' : s);

/**
 * What a highlight is, without clicking: code (with its colour), group, coder and the start of the
 * note, for every highlight under the pointer. Shown after the pointer rests for a moment, beside
 * the passage; it never takes focus (Enter or a click opens the full details).
 */
export function HoverCard({ hover, annotations, codebook, coderName, events }: Props) {
  const [shown, setShown] = useState<Props['hover']>(null);
  useEffect(() => {
    const t = setTimeout(() => setShown(hover), hover ? 280 : 120);
    return () => clearTimeout(t);
  }, [hover]);
  if (!shown) return null;
  const items = shown.ids.map((id) => annotations.find((a) => a.id === id)).filter((a): a is Annotation => !!a);
  if (items.length === 0) return null;
  const { anchor } = shown;
  const below = anchor.bottom + 8;
  const style = {
    left: Math.max(8, Math.min(anchor.left, window.innerWidth - 340)),
    ...(below + 180 < window.innerHeight ? { top: below } : { bottom: window.innerHeight - anchor.top + 8 }),
  };
  return (
    <div className="hover-card" role="tooltip" style={style} data-testid="hover-card">
      {items.map((a) => {
        const code = codebook.codes.find((c) => c.id === a.codeId);
        const group = codebook.groups.find((g) => g.id === code?.group);
        return (
          <div key={a.id} className="hover-card-item">
            <div className="hover-card-head">
              <span className="swatch" style={{ backgroundColor: code?.color ?? '#888' }} aria-hidden="true" />
              <strong className="hover-card-code">{code?.label ?? a.codeId}</strong>
            </div>
            <div className="hover-card-meta">
              {group?.label ?? 'Unknown group'} · {coderName}
            </div>
            {(a.eventId !== null || a.severity !== null) && (
              <p className="hover-card-meta hover-card-link">{linkSummary(a, events)}</p>
            )}
            {a.note ? (
              <p className="hover-card-note">{excerpt(a.note)}</p>
            ) : (
              <p className="hover-card-note muted">No note</p>
            )}
          </div>
        );
      })}
    </div>
  );
}

/** "Loss: grandmother (age 9) · severity 2" for a highlight with an event link and/or severity. */
function linkSummary(a: Annotation, events: readonly LossEvent[]): string {
  const i = events.findIndex((e) => e.id === a.eventId);
  const ev = events[i];
  const parts = [
    a.eventId === null ? null : ev ? eventLabel(ev, i) : 'Deleted event',
    a.severity === null ? null : `severity ${a.severity}`,
  ];
  return parts.filter((p) => p !== null).join(' · ');
}
