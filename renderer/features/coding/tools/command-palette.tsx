import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { displayKey, searchCommands, useCommands, type Command } from '../../../state/commands.ts';
import { useShowModal } from '../../../ui/use-show-modal.ts';

interface Props {
  onClose: () => void;
  /** Run a chosen command (the palette has closed by then, so focus can go where the command puts it). */
  onRun: (command: Command) => void;
}

/**
 * Find any code or action by name (Ctrl/⌘+K, Ctrl/⌘+Shift+P): type to fuzzy-filter, ↑/↓ to choose,
 * Enter to run, Esc to close. Lists the command registry (renderer/state/commands.ts), so whatever
 * a panel registers is here too.
 */
export function CommandPalette({ onClose, onRun }: Props) {
  const commands = useCommands();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const dialog = useShowModal();
  const list = useRef<HTMLUListElement>(null);
  const listId = useId();
  const results = useMemo(() => searchCommands(commands, query).slice(0, 60), [commands, query]);
  const current = Math.min(active, results.length - 1);
  useEffect(() => {
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  const choose = (c: Command | undefined) => {
    if (!c || c.disabled) return;
    onClose();
    onRun(c);
  };

  return (
    <dialog ref={dialog} className="modal palette" aria-label="Command palette" onClose={onClose} onCancel={onClose}>
      <input
        className="input palette-input"
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={results[current] ? `${listId}-${current}` : undefined}
        aria-label="Find a code or action"
        placeholder="Find a code or action…"
        autoFocus
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            const n = results.length;
            if (n) setActive(((current < 0 ? 0 : current) + (e.key === 'ArrowDown' ? 1 : -1) + n) % n);
          } else if (e.key === 'Enter') {
            e.preventDefault();
            choose(results[current]);
          }
        }}
      />
      <ul ref={list} id={listId} className="palette-list" role="listbox" aria-label="Codes and actions">
        {results.map((c, i) => (
          <li
            key={c.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === current}
            aria-disabled={c.disabled || undefined}
            className="palette-item"
            onMouseMove={() => setActive(i)}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(c)}
          >
            {c.color ? (
              <span className="swatch" style={{ backgroundColor: c.color }} aria-hidden="true" />
            ) : (
              <span className="palette-dot" aria-hidden="true" />
            )}
            <span className="palette-title">{c.title}</span>
            <span className="palette-group">{c.group}</span>
            {c.keys?.[0] && <kbd className="palette-key">{displayKey(c.keys[0])}</kbd>}
          </li>
        ))}
        {results.length === 0 && <li className="palette-empty muted">No code or action matches “{query}”.</li>}
      </ul>
      <p className="palette-foot muted small">
        <kbd>↑</kbd> <kbd>↓</kbd> choose · <kbd>Enter</kbd> run · <kbd>Esc</kbd> close
      </p>
    </dialog>
  );
}
