import { useId, useMemo, useState } from 'react';
import type { Code, Codebook } from '../../../../shared/codebook/codebook-schema.ts';

interface Props {
  codebook: Codebook;
  /** The passage a click would tag, or null when nothing is selected. */
  selectionPreview: string | null;
  onTag: (codeId: string) => void;
}

function preview(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 90 ? oneLine.slice(0, 60) + ' … ' + oneLine.slice(-22) : oneLine;
}

/** The codebook by group: click a code (or press its key) to tag the selected passage. */
export function CodePanel({ codebook, selectionPreview, onTag }: Props) {
  const [filter, setFilter] = useState('');
  const filterId = useId();
  const groups = useMemo(() => {
    const q = filter.trim().toLowerCase();
    const matches = (c: Code) =>
      !c.archived && (!q || c.label.toLowerCase().includes(q) || c.id.toLowerCase().includes(q) || c.hotkey === q);
    return codebook.groups
      .map((g) => ({ group: g, codes: codebook.codes.filter((c) => c.group === g.id && matches(c)) }))
      .filter((g) => g.codes.length > 0);
  }, [codebook, filter]);

  return (
    <section className="code-panel" aria-label="Codes">
      <div className="selection-box" data-empty={selectionPreview ? undefined : 'true'} aria-live="polite">
        {selectionPreview ? (
          <>
            <span className="selection-box-label">Tag selection</span>
            <q className="selection-quote">{preview(selectionPreview)}</q>
            <span className="selection-box-hint">Click a code or press its key.</span>
          </>
        ) : (
          <span className="selection-box-hint">
            Select a passage with the mouse or <kbd>Shift</kbd>+<kbd>→</kbd>, then choose a code.
          </span>
        )}
      </div>
      <div className="code-filter">
        <label htmlFor={filterId} className="visually-hidden">
          Filter codes
        </label>
        <input
          id={filterId}
          className="input input-small"
          type="search"
          placeholder={`Filter ${codebook.codes.filter((c) => !c.archived).length} codes`}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
      </div>
      <div className="code-groups">
        {groups.map(({ group, codes }) => (
          <div key={group.id} className="code-group" role="group" aria-label={group.label}>
            <h3 className="code-group-title" title={group.description}>
              {group.label}
            </h3>
            <ul className="code-list">
              {codes.map((c) => (
                <li key={c.id}>
                  <button
                    type="button"
                    className="code-item"
                    data-code-id={c.id}
                    title={c.description || c.label}
                    aria-keyshortcuts={c.hotkey ?? undefined}
                    aria-label={`Tag with ${c.label}${c.hotkey ? ` (key ${c.hotkey})` : ''}`}
                    aria-disabled={selectionPreview ? undefined : 'true'}
                    onMouseDown={(e) => e.preventDefault() /* keep focus and selection in the transcript */}
                    onClick={() => onTag(c.id)}
                  >
                    <span className="swatch" style={{ backgroundColor: c.color }} aria-hidden="true" />
                    <span className="code-label">{c.label}</span>
                    {c.hotkey && <kbd className="code-key">{c.hotkey.toUpperCase()}</kbd>}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ))}
        {groups.length === 0 && <p className="muted small pad">No code matches “{filter}”.</p>}
      </div>
    </section>
  );
}
