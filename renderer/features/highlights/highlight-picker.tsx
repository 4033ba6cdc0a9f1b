import { useEffect, useMemo, useState } from 'react';
import type { Annotation } from '../../../shared/api/annotation.ts';
import type { CodeLook } from '../transcript/index.ts';
import { excerpt } from '../score-sheet/index.ts';

interface Props {
  annotations: readonly Annotation[];
  text: string;
  lookOf: (codeId: string) => CodeLook;
  linked: readonly string[];
  onToggle: (annotationId: string, linked: boolean) => void;
}

/** This coder's highlights in reading order, each with its code colour and passage: tick to link. */
export function HighlightPicker({ annotations, text, lookOf, linked, onToggle }: Props) {
  const [filter, setFilter] = useState('');
  // Ticks show at once; the saved links replace them when the write returns (or undo changes them).
  const [ticked, setTicked] = useState<Record<string, boolean>>({});
  useEffect(() => setTicked({}), [linked]);
  const rows = useMemo(() => {
    const q = filter.trim().toLowerCase();
    return [...annotations]
      .sort((a, b) => a.start - b.start || a.end - b.end)
      .filter(
        (a) =>
          !q ||
          lookOf(a.codeId).label.toLowerCase().includes(q) ||
          text.slice(a.start, a.end).toLowerCase().includes(q),
      );
  }, [annotations, filter, lookOf, text]);

  if (annotations.length === 0)
    return (
      <p className="muted small picker-empty">
        You have no highlights on this transcript yet. Tag passages first (Codes tab).
      </p>
    );
  return (
    <div className="hl-picker">
      {annotations.length > 6 && (
        <input
          className="input input-small"
          type="search"
          aria-label="Filter highlights"
          placeholder="Filter by code or words"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
      )}
      <ul className="hl-picker-list" aria-label="Your highlights">
        {rows.map((a) => {
          const look = lookOf(a.codeId);
          const on = ticked[a.id] ?? linked.includes(a.id);
          return (
            <li key={a.id}>
              <label className="hl-picker-row">
                <input
                  type="checkbox"
                  checked={on}
                  onChange={(e) => {
                    const next = e.target.checked;
                    setTicked((t) => ({ ...t, [a.id]: next }));
                    onToggle(a.id, next);
                  }}
                />
                <span className="swatch" style={{ backgroundColor: look.color }} aria-hidden="true" />
                <span className="hl-picker-text">
                  <span className="hl-picker-code">{look.label}</span>
                  <span className="hl-picker-passage">{excerpt(text.slice(a.start, a.end), 90)}</span>
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
