import { useState } from 'react';
import type { SpeakerPattern } from '../../../../shared/transcript/turns.ts';
import { errorMessage, send } from '../../../api/client.ts';
import { trackWrite } from '../../../state/save-status.ts';

interface Props {
  /** The labels as edited in the dialog now. */
  patterns: readonly SpeakerPattern[];
  /** The project's default the dialog started from (null: the built-in labels). */
  saved: readonly SpeakerPattern[] | null;
  disabled: boolean;
}

const same = (a: readonly SpeakerPattern[], b: readonly SpeakerPattern[]) =>
  a.length === b.length &&
  a.every((p, i) => p.label.toLowerCase() === b[i]?.label.toLowerCase() && p.role === b[i]?.role);

/**
 * Keep the dialog's speaker labels as the project's default (setting importSpeakerPatterns), so the
 * next import starts from the lab's own conventions. Replacement lists are deliberately never kept.
 */
export function SpeakerDefaultsAction({ patterns, saved, disabled }: Props) {
  const [stored, setStored] = useState<readonly SpeakerPattern[] | null>(saved);
  const [state, setState] = useState<{ busy: boolean; message: string | null; error: boolean }>({
    busy: false,
    message: null,
    error: false,
  });
  const unchanged = stored !== null && same(stored, patterns);

  const save = async () => {
    setState({ busy: true, message: null, error: false });
    try {
      const next = await trackWrite(
        'Saving the speaker labels',
        send('settings-update', { importSpeakerPatterns: patterns.map((p) => ({ label: p.label, role: p.role })) }),
      );
      setStored(next.importSpeakerPatterns ?? null);
      setState({ busy: false, message: 'Saved: new imports in this project start with these labels.', error: false });
    } catch (e) {
      setState({ busy: false, message: errorMessage(e), error: true });
    }
  };

  return (
    <div className="speaker-defaults">
      <button
        type="button"
        className="btn btn-small"
        disabled={disabled || state.busy || unchanged}
        onClick={() => void save()}
      >
        {unchanged && !state.message
          ? 'These are the project’s default labels'
          : 'Save these labels as the project default'}
      </button>
      {state.message && (
        <p className={`small ${state.error ? 'danger-text' : 'muted'}`} role="status">
          {state.message}
        </p>
      )}
    </div>
  );
}
