import { useId, useState, type FormEvent } from 'react';
import type { ProjectSummary } from '../../../shared/api/project.ts';
import { ApiCallError, errorMessage, send } from '../../api/client.ts';
import { ModalDialog } from '../../ui/modal-dialog.tsx';

interface Props {
  path: string;
  onOpened: (project: ProjectSummary) => void;
  onClose: () => void;
}

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const fileName = (p: string) => p.slice(Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\')) + 1);

/**
 * Opening an encrypted package: ask its passphrase, decrypt it into a working copy beside it and open
 * that. When the working copy already exists (it may hold the coder's work), ask which to open.
 */
export function OpenEncryptedDialog({ path, onOpened, onClose }: Props) {
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [existing, setExisting] = useState<string | null>(null);
  const [confirmReplace, setConfirmReplace] = useState(false);
  const ids = { p: useId(), err: useId() };
  const name = fileName(path);

  const open = async (how: 'refuse' | 'open-existing' | 'replace') => {
    setBusy(true);
    setError(null);
    try {
      onOpened(await send('package-open', { path, passphrase, existing: how }));
    } catch (e) {
      if (e instanceof ApiCallError && e.type === 'conflict') setExisting(e.message);
      else setError(capitalised(errorMessage(e)));
    } finally {
      setBusy(false);
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (passphrase === '') return setError('Enter the passphrase you were given with the file.');
    void open('refuse');
  };

  return (
    <ModalDialog title="Encrypted file" onClose={onClose}>
      <form className="packages-body" onSubmit={submit}>
        <p>
          <strong className="mono">{name}</strong> is encrypted. Enter the passphrase you were given with it; Attune
          decrypts it into a project file beside it and opens that.
        </p>
        <label className="field-label" htmlFor={ids.p}>
          Passphrase
        </label>
        <input
          id={ids.p}
          className="input"
          type="password"
          autoComplete="off"
          autoFocus
          value={passphrase}
          disabled={busy || existing !== null}
          aria-invalid={error !== null}
          aria-describedby={error ? ids.err : undefined}
          onChange={(e) => setPassphrase(e.target.value)}
        />
        {error && (
          <p id={ids.err} className="field-error" role="alert">
            {error}
          </p>
        )}
        {existing && (
          <div className="packages-existing" role="alert">
            <p>{existing}</p>
            {confirmReplace ? (
              <p className="warn-text small">
                Replacing discards the coding saved in that copy since the package arrived. Export it first if in doubt.
              </p>
            ) : null}
            <div className="exchange-actions">
              <button
                type="button"
                className="btn btn-primary"
                disabled={busy}
                onClick={() => void open('open-existing')}
              >
                Open my working copy
              </button>
              <button
                type="button"
                className={confirmReplace ? 'btn btn-danger' : 'btn'}
                disabled={busy}
                onClick={() => (confirmReplace ? void open('replace') : setConfirmReplace(true))}
              >
                {confirmReplace ? 'Replace it with the package' : 'Replace with a fresh copy…'}
              </button>
            </div>
          </div>
        )}
        <div className="modal-actions">
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          {existing === null && (
            <button type="submit" className="btn btn-primary" disabled={busy}>
              {busy ? 'Decrypting…' : 'Open'}
            </button>
          )}
        </div>
      </form>
    </ModalDialog>
  );
}
