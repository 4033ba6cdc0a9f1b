import { ModalDialog } from './modal-dialog.tsx';

const ROWS: [string[], string][] = [
  [['Shift', '← → ↑ ↓'], 'Extend the selection in the transcript'],
  [['Ctrl/⌘', 'Shift', '← →'], 'Extend the selection by word'],
  [['1–9, Q…V'], 'Tag the selection with the code shown beside it'],
  [['Enter'], 'Open the highlights under the caret'],
  [['Esc'], 'Close the highlight details'],
  [['Ctrl/⌘', 'F'], 'Find in the transcript (Enter: next, Shift+Enter: previous, Esc: select the match)'],
  [['Ctrl/⌘', 'Enter'], 'Save the note you are typing'],
  [['Tab'], 'Move between the transcript, codes and panels'],
];

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  return (
    <ModalDialog title="Keyboard shortcuts" onClose={onClose}>
      <table className="shortcut-table">
        <tbody>
          {ROWS.map(([keys, what]) => (
            <tr key={what}>
              <td>
                {keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 && <span className="muted"> + </span>}
                    <kbd>{k}</kbd>
                  </span>
                ))}
              </td>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ModalDialog>
  );
}
