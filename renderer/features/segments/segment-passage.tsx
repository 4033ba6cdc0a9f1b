import type { SegmentGroup } from '../../../shared/segments/segment-groups.ts';
import { groupAgrees, groupCoders } from '../../../shared/segments/segment-groups.ts';

interface Props {
  group: SegmentGroup;
  onOpen: (group: SegmentGroup) => void;
}

/** One passage: its text in context, then each coder's highlight of it (code, severity, event, note). */
export function SegmentPassage({ group: g, onOpen }: Props) {
  const main = g.segments.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
  const coders = groupCoders(g);
  const codes = new Set(g.segments.map((s) => s.codeId));
  const verdict =
    coders.length < 2 ? null : groupAgrees(g) ? 'agree' : codes.size > 1 ? 'codes differ' : 'spans differ';
  return (
    <li className="seg-passage">
      <button
        type="button"
        className="seg-open"
        onClick={() => onOpen(g)}
        aria-label={`Open ${g.title} line ${g.line} in its transcript`}
      >
        <span className="seg-where">
          <strong>{g.title}</strong>
          {g.participant && <span className="muted"> ({g.participant})</span>}
          <span className="muted">
            {' '}
            · line {g.line}
            {g.section !== null && ` · Q${g.section}${g.sectionTitle ? ` ${g.sectionTitle}` : ''}`}
          </span>
        </span>
        {verdict && (
          <span className={`seg-verdict seg-verdict--${verdict === 'agree' ? 'agree' : 'differ'}`}>{verdict}</span>
        )}
        <span className="seg-open-hint muted small">Open ›</span>
      </button>
      <blockquote className="seg-quote">
        <span className="seg-ctx">…{main.before}</span>
        <mark className="seg-text">{main.text}</mark>
        <span className="seg-ctx">{main.after}…</span>
      </blockquote>
      <ul className="seg-readings" aria-label="Highlights of this passage">
        {g.segments.map((s) => (
          <li key={s.annotationId} className="seg-reading">
            <span className="seg-swatch" style={{ background: s.color ?? 'var(--line)' }} aria-hidden="true" />
            <span className="seg-code">{s.codeLabel}</span>
            <span className="seg-coder">{s.coder}</span>
            {s.severity !== null && <span className="seg-chip">severity {s.severity}</span>}
            {s.event && <span className="seg-chip">{s.event}</span>}
            {s.text !== main.text && <span className="seg-own muted">“{s.text}”</span>}
            {s.note && <span className="seg-note">{s.note}</span>}
          </li>
        ))}
      </ul>
    </li>
  );
}
