import { useEffect, useId, useState } from 'react';
import type { Coder } from '../../../shared/api/coder.ts';
import type { PackageWritten } from '../../../shared/api/package.ts';
import { errorMessage, send } from '../../api/client.ts';
import { ModalDialog } from '../../ui/modal-dialog.tsx';
import { FilePickerDialog, folderOf } from '../files/index.ts';
import { EncryptOption } from './encrypt-option.tsx';
import { passphraseProblem } from './passphrase-fields.tsx';

interface Props {
  onClose: () => void;
}

/**
 * File ▸ Write coder packages… (a lead): one project file per coder with only their transcripts and own
 * work, optionally encrypted with a passphrase, written into a folder; lists what was written.
 */
export function WritePackagesDialog({ onClose }: Props) {
  const [coders, setCoders] = useState<Coder[]>([]);
  const [scope, setScope] = useState<'assigned' | 'chosen'>('assigned');
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [folder, setFolder] = useState('');
  const [encrypt, setEncrypt] = useState(true);
  const [pass, setPass] = useState({ passphrase: '', confirm: '' });
  const [overwrite, setOverwrite] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [written, setWritten] = useState<PackageWritten[] | null>(null);

  useEffect(() => {
    send('coder-list', {})
      .then((all) => setCoders(all.filter((c) => c.role !== 'consensus')))
      .catch((e) => setError(errorMessage(e)));
  }, []);

  const run = async () => {
    setError(null);
    const problem = encrypt ? passphraseProblem(pass.passphrase, pass.confirm) : null;
    if (problem) return setError(problem);
    if (folder.trim() === '') return setError('Enter the folder to write the packages to.');
    if (scope === 'chosen' && chosen.size === 0) return setError('Choose at least one coder.');
    setBusy(true);
    try {
      const result = await send('package-export', {
        folder: folder.trim(),
        overwrite,
        ...(scope === 'chosen' ? { coderIds: [...chosen] } : {}),
        ...(encrypt ? { passphrase: pass.passphrase } : {}),
      });
      setWritten(result);
      // The passphrase is not kept once it has been used.
      setPass({ passphrase: '', confirm: '' });
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
    <ModalDialog title="Write coder packages" onClose={onClose}>
      <div className="packages-body">
        <p className="muted">
          One project file per coder: their assigned transcripts, the active codebook and their own earlier work. Nobody
          else’s coding, no trainer key, no consensus and no hidden metadata field goes in.
        </p>
        {written ? (
          <WrittenList written={written} />
        ) : (
          <>
            <WritePackagesForm
              coders={coders}
              scope={scope}
              onScope={setScope}
              chosen={chosen}
              onToggle={toggle}
              folder={folder}
              onFolder={setFolder}
              busy={busy}
            />
            <EncryptOption
              encrypt={encrypt}
              onEncrypt={setEncrypt}
              pass={pass}
              onPass={setPass}
              busy={busy}
              hint={
                <>
                  Recommended: the packages hold interviews. Files end in <span className="mono">.attune.age</span>;
                  Attune asks for the passphrase when a coder opens one (the standard <span className="mono">age</span>{' '}
                  tool opens them too).
                </>
              }
            />
            <label className="switch-row">
              <input type="checkbox" checked={overwrite} onChange={(e) => setOverwrite(e.target.checked)} />
              <span>Replace packages of the same name in the folder</span>
            </label>
          </>
        )}
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
      </div>
      <div className="modal-actions">
        <button type="button" className="btn" onClick={onClose}>
          {written ? 'Done' : 'Cancel'}
        </button>
        {!written && (
          <button type="button" className="btn btn-primary" onClick={() => void run()} disabled={busy}>
            {busy ? 'Writing…' : 'Write packages'}
          </button>
        )}
      </div>
    </ModalDialog>
  );
}

function WrittenList({ written }: { written: PackageWritten[] }) {
  return (
    <div role="status">
      <p className="ok-text">
        Wrote {written.length} package{written.length === 1 ? '' : 's'}. Send each coder their file
        {written.some((w) => w.encrypted) ? ', and the passphrase by another channel' : ''}.
      </p>
      <ul className="packages-written" aria-label="Packages written">
        {written.map((w) => (
          <li key={w.coderId} data-testid="package-written">
            <strong>{w.coderName}</strong>{' '}
            <span className="muted">
              {w.transcripts} transcript{w.transcripts === 1 ? '' : 's'}
              {w.encrypted ? ', encrypted' : ''}
            </span>
            <span className="mono small block">{w.path}</span>
            {w.leftOut > 0 && (
              <span className="warn-text small block">
                {w.leftOut} item(s) coded with another codebook version were left out.
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

interface FormProps {
  coders: Coder[];
  scope: 'assigned' | 'chosen';
  onScope: (s: 'assigned' | 'chosen') => void;
  chosen: Set<string>;
  onToggle: (id: string) => void;
  folder: string;
  onFolder: (f: string) => void;
  busy: boolean;
}

function WritePackagesForm(props: FormProps) {
  const { coders, scope, onScope, chosen, onToggle, folder, onFolder, busy } = props;
  const folderId = useId();
  // Browse…: the browser cannot give a path (a typed one works too). The picker starts in the folder typed,
  // else in the project's own folder.
  const [browsing, setBrowsing] = useState(false);
  const [projectFolder, setProjectFolder] = useState<string | undefined>();
  useEffect(() => {
    send('project-get-current', {})
      .then((p) => setProjectFolder(p ? folderOf(p.path) : undefined))
      .catch(() => undefined);
  }, []);
  return (
    <>
      <fieldset className="radio-group">
        <legend className="field-label">Coders</legend>
        <label>
          <input type="radio" name="pkg-scope" checked={scope === 'assigned'} onChange={() => onScope('assigned')} />{' '}
          Every coder with transcripts assigned in the study plan
        </label>
        <label>
          <input type="radio" name="pkg-scope" checked={scope === 'chosen'} onChange={() => onScope('chosen')} /> Only
          these:
        </label>
      </fieldset>
      {scope === 'chosen' && (
        <ul className="check-list check-list--boxed" aria-label="Coders to package">
          {coders.map((c) => (
            <li key={c.id}>
              <label>
                <input type="checkbox" checked={chosen.has(c.id)} onChange={() => onToggle(c.id)} /> {c.name}{' '}
                <span className="muted small">({c.role})</span>
              </label>
            </li>
          ))}
        </ul>
      )}
      <label className="field-label" htmlFor={folderId}>
        Folder
      </label>
      <div className="field-row">
        <input
          id={folderId}
          className="input mono"
          placeholder="/home/me/studies/packages"
          value={folder}
          disabled={busy}
          spellCheck={false}
          autoComplete="off"
          onChange={(e) => onFolder(e.target.value)}
        />
        <button type="button" className="btn" onClick={() => setBrowsing(true)} disabled={busy}>
          Browse…
        </button>
      </div>
      {browsing && (
        <FilePickerDialog
          mode="folder"
          title="Folder for the packages"
          // Packages already there are shown (not chosen), so a folder holding last round's is recognised.
          kinds={['attune', 'attune-age']}
          start={folder.trim() || projectFolder}
          onClose={() => setBrowsing(false)}
          onPick={(path) => {
            setBrowsing(false);
            onFolder(path);
          }}
        />
      )}
    </>
  );
}
