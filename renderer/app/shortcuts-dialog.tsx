import { displayKey, useCommands, type Command } from '../state/commands.ts';
import { ModalDialog } from '../ui/modal-dialog.tsx';

/** Shown whatever is registered: keys that work everywhere. */
const ALWAYS: [string[], string][] = [
  [['Tab'], 'Move between the transcript, panels and buttons (focus is always outlined)'],
];

function Keys({ keys }: { keys: readonly string[] }) {
  return (
    <>
      {keys.map((alt, i) => (
        <span key={alt} className="shortcut-alt">
          {i > 0 && <span className="muted"> or </span>}
          {displayKey(alt)
            .split(/\+(?!$)/)
            .map((k, j) => (
              <span key={j}>
                {j > 0 && <span className="muted">+</span>}
                <kbd>{k}</kbd>
              </span>
            ))}
        </span>
      ))}
    </>
  );
}

/** Groups in reading order: the transcript's own first; any other group follows in registration order. */
const ORDER = ['General', 'Selecting text', 'Highlights', 'Search', 'Edit'];
const rank = (g: string) => (ORDER.includes(g) ? ORDER.indexOf(g) : ORDER.length);

/**
 * Every keyboard shortcut, generated from the command registry (renderer/state/commands.ts): what a
 * panel registers with `keys` appears here, grouped as in the command palette. Codes are summarised
 * in one row (their keys are shown beside each code).
 */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const commands = useCommands();
  const groups = new Map<string, Command[]>();
  for (const c of commands) {
    if (!c.keys?.length || c.id.startsWith('code.apply.')) continue;
    groups.set(c.group, [...(groups.get(c.group) ?? []), c]);
  }
  const sorted = [...groups].sort((a, b) => rank(a[0]) - rank(b[0]));
  return (
    <ModalDialog title="Keyboard shortcuts" onClose={onClose}>
      {/* Focusable: a keyboard user scrolls the sheet when it is taller than the window. */}
      <div className="shortcut-sheet" tabIndex={0} role="region" aria-label="Shortcuts">
        <table className="shortcut-table">
          <tbody>
            {ALWAYS.map(([keys, what]) => (
              <tr key={what}>
                <td>
                  <Keys keys={keys} />
                </td>
                <td>{what}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {sorted.map(([group, list]) => (
          <section key={group} className="shortcut-group" aria-label={group}>
            <h3 className="shortcut-group-title">{group}</h3>
            <table className="shortcut-table">
              <tbody>
                {list.map((c) => (
                  <tr key={c.id}>
                    <td>
                      <Keys keys={c.keys!} />
                    </td>
                    <td>{c.title}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
      </div>
    </ModalDialog>
  );
}
