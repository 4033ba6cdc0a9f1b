import { useId, useState } from 'react';
import type { Coder } from '../../../shared/api/coder.ts';
import type { TranscriptSummary } from '../../../shared/api/transcript.ts';
import { errorMessage, send } from '../../api/client.ts';
import { downloadFile } from '../../ui/download.ts';
import { ModalDialog } from '../../ui/modal-dialog.tsx';
import { EncryptOption, passphraseProblem } from '../packages/index.ts';

interface Props {
  coder: Coder;
  transcripts: TranscriptSummary[];
  onClose: () => void;
}

/** One coder's coding of chosen transcripts as a `.attune-coding` file (no transcript text unless asked). */
export function ExportCodingDialog({ coder, transcripts, onClose }: Props) {
  const [scope, setScope] = useState<'coded' | 'chosen'>('coded');
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(transcripts.map((t) => t.id)));
  const [includeText, setIncludeText] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [encrypt, setEncrypt] = useState(false);
  const [pass, setPass] = useState({ passphrase: '', confirm: '' });
  const warnId = useId();

  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const ids = scope === 'chosen' ? transcripts.filter((t) => chosen.has(t.id)).map((t) => t.id) : undefined;
      if (ids && ids.length === 0) throw new Error('Choose at least one transcript.');
      const problem = encrypt ? passphraseProblem(pass.passphrase, pass.confirm) : null;
      if (problem) throw new Error(problem);
      const file = await send('coding-export', {
        coderId: coder.id,
        ...(ids ? { transcriptIds: ids } : {}),
        includeText,
        ...(encrypt ? { passphrase: pass.passphrase } : {}),
      });
      downloadFile(file.fileName, file.content, encrypt ? 'text/plain' : 'application/json');
      setPass({ passphrase: '', confirm: '' });
      setDone(file.fileName);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const toggle = (id: string) =>
    setChosen((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <ModalDialog title="Export my coding" onClose={onClose}>
      <div className="export-body">
        <p className="muted">
          {coder.name}’s highlights, notes, ratings, classifications and memos as one{' '}
          <span className="mono">.attune-coding</span> file for the lead. Transcripts are identified by their text’s
          fingerprint.
        </p>
        <fieldset className="radio-group">
          <legend className="field-label">Transcripts</legend>
          <label>
            <input type="radio" name="export-scope" checked={scope === 'coded'} onChange={() => setScope('coded')} />{' '}
            Every transcript I have coded
          </label>
          <label>
            <input type="radio" name="export-scope" checked={scope === 'chosen'} onChange={() => setScope('chosen')} />{' '}
            Only these:
          </label>
        </fieldset>
        {scope === 'chosen' && (
          <ul className="check-list check-list--boxed" aria-label="Transcripts to export">
            {transcripts.map((t) => (
              <li key={t.id}>
                <label>
                  <input type="checkbox" checked={chosen.has(t.id)} onChange={() => toggle(t.id)} /> {t.title}
                </label>
              </li>
            ))}
          </ul>
        )}
        <label className="switch-row">
          <input
            type="checkbox"
            checked={includeText}
            onChange={(e) => setIncludeText(e.target.checked)}
            aria-describedby={warnId}
          />
          <span>
            Include the transcript text
            <span id={warnId} className={`small block ${includeText ? 'warn-text' : 'muted'}`}>
              Only if the lead does not have these transcripts yet. The file then contains the interview itself:
              confidential data. Send it only over a channel your ethics approval allows, and delete copies after
              import.
            </span>
          </span>
        </label>
        <EncryptOption
          encrypt={encrypt}
          onEncrypt={setEncrypt}
          pass={pass}
          onPass={setPass}
          busy={busy}
          hint="For e-mail or a USB stick: the lead needs the passphrase to import it (your package’s, or one agreed with the lead)."
        />
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        {done && (
          <p className="ok-text" role="status">
            Saved {done}
            {encrypt ? ', encrypted' : ''}. Send it to your lead.
          </p>
        )}
      </div>
      <div className="modal-actions">
        <button type="button" className="btn" onClick={onClose}>
          {done ? 'Done' : 'Cancel'}
        </button>
        <button type="button" className="btn btn-primary" onClick={() => void run()} disabled={busy}>
          {busy ? 'Exporting…' : 'Export'}
        </button>
      </div>
    </ModalDialog>
  );
}
