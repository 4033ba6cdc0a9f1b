import type { EditorMessage } from './use-codebook-draft.ts';

interface Props {
  message: EditorMessage;
}

/** The outcome of the last save, import or export: a status line, or an alert listing what went wrong. */
export function CodebookEditorMessage({ message }: Props) {
  if (message?.kind === 'ok')
    return (
      <p className="cb-message cb-message--ok" role="status">
        {message.text}
      </p>
    );
  if (message?.kind === 'error')
    return (
      <div className="field-error cb-message" role="alert">
        <strong>{message.title}</strong>
        <ul>
          {message.lines.map((l, i) => (
            <li key={i}>{l}</li>
          ))}
        </ul>
      </div>
    );
  return null;
}
