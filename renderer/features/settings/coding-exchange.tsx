import { useRef, useState } from 'react';
import type { Coder } from '../../../shared/api/coder.ts';
import type { CodingImportReport } from '../../../shared/api/coding.ts';
import { ApiCallError, errorMessage, send } from '../../api/client.ts';
import type { ProjectData } from '../../state/use-project-data.ts';
import { isPrivilegedRole } from '../../../shared/api/coder.ts';
import { trackWrite } from '../../state/save-status.ts';
import { ExportCodingDialog } from './export-coding-dialog.tsx';
import { isEncryptedText } from '../packages/index.ts';

interface Props {
  coder: Coder;
  data: ProjectData;
  onImported: () => Promise<void>;
  compact?: boolean;
}

type FileResult =
  | { fileName: string; ok: true; report: CodingImportReport }
  | {
      fileName: string;
      ok: false;
      error: string;
      partial?: { content: string; label: string; passphrase?: string };
      /** An encrypted file waiting for its passphrase (the row asks for it). */
      locked?: { content: string };
    };

/** One file, all or nothing; a file whose other transcripts match can be imported again with those alone. */
async function importOne(
  fileName: string,
  content: string,
  onlyMatching: boolean,
  passphrase?: string,
): Promise<FileResult> {
  try {
    // A refused file is answered in its row; nothing failed to save, so the header stays as it was.
    const report = await trackWrite(
      `Importing ${fileName}`,
      send('coding-import', { fileName, content, onlyMatching, ...(passphrase ? { passphrase } : {}) }),
      {
        refusalShownInPlace: true,
      },
    );
    return { fileName, ok: true, report };
  } catch (e) {
    const offer = e instanceof ApiCallError ? e.issues.find((i) => i.path === 'onlyMatching') : undefined;
    // The whole sentence, not only the offer: it says which transcripts differ and why.
    if (offer && e instanceof Error)
      return { fileName, ok: false, error: e.message, partial: { content, label: offer.message, passphrase } };
    // A wrong passphrase: ask again in the same row.
    if (e instanceof ApiCallError && e.type === 'passphrase')
      return { fileName, ok: false, error: e.message, locked: { content } };
    return { fileName, ok: false, error: errorMessage(e) };
  }
}

/** "Export my coding…" for everyone; "Import coding…" for leads and trainers, with a report per file. */
export function CodingExchange({ coder, data, onImported, compact = false }: Props) {
  const [exporting, setExporting] = useState(false);
  const [busy, setBusy] = useState(false);
  const [results, setResults] = useState<FileResult[]>([]);
  const input = useRef<HTMLInputElement>(null);
  const canImport = isPrivilegedRole(coder.role);

  const importFiles = async (files: File[]) => {
    setBusy(true);
    setResults([]);
    const out: FileResult[] = [];
    // One file at a time, each all-or-nothing on the host: a bad file never leaves half its coding behind.
    for (const f of files) {
      let content: string;
      try {
        content = await f.text();
      } catch (e) {
        out.push({ fileName: f.name, ok: false, error: errorMessage(e) });
        continue;
      }
      out.push(
        isEncryptedText(content)
          ? { fileName: f.name, ok: false, error: 'Encrypted: enter its passphrase to import it.', locked: { content } }
          : await importOne(f.name, content, false),
      );
      setResults([...out]);
    }
    setBusy(false);
    await onImported();
  };

  const importMatching = async (index: number) => {
    const r = results[index];
    if (!r || r.ok || !r.partial) return;
    setBusy(true);
    const next = await importOne(r.fileName, r.partial.content, true, r.partial.passphrase);
    setResults((all) => all.map((x, i) => (i === index ? next : x)));
    setBusy(false);
    await onImported();
  };

  const unlock = async (index: number, passphrase: string) => {
    const r = results[index];
    if (!r || r.ok || !r.locked) return;
    setBusy(true);
    const next = await importOne(r.fileName, r.locked.content, false, passphrase);
    setResults((all) => all.map((x, i) => (i === index ? next : x)));
    setBusy(false);
    await onImported();
  };

  return (
    <div className={`exchange${compact ? ' exchange--compact' : ''}`}>
      <div className="exchange-actions">
        <button type="button" className="btn" onClick={() => setExporting(true)}>
          Export my coding…
        </button>
        <button
          type="button"
          className="btn"
          disabled={!canImport || busy}
          title={canImport ? undefined : 'Importing other coders’ work is for a lead or trainer'}
          onClick={() => input.current?.click()}
        >
          {busy ? 'Importing…' : 'Import coding…'}
        </button>
        <input
          ref={input}
          type="file"
          multiple
          accept=".attune-coding,.csv,.age,application/json,text/csv"
          className="visually-hidden"
          data-testid="coding-import-input"
          aria-label="Coding files to import"
          tabIndex={-1}
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            if (files.length) void importFiles(files);
          }}
        />
      </div>
      {!canImport && !compact && (
        <p className="muted small">
          Importing other coders’ files is for a lead or trainer (it would show their work to you).
        </p>
      )}
      {results.length > 0 && (
        <ul className="import-reports" aria-label="Coding import results">
          {results.map((r, i) => (
            <li
              key={i}
              className={`import-report ${r.ok ? 'import-report--ok' : 'import-report--failed'}`}
              data-testid="coding-import-result"
            >
              <strong className="import-report-file">{r.fileName}</strong>
              {r.ok ? <span>{describe(r.report)}</span> : <span role="alert">{r.error}</span>}
              {!r.ok && r.locked && (
                <PassphraseRow fileName={r.fileName} busy={busy} onSubmit={(p) => void unlock(i, p)} />
              )}
              {!r.ok && r.partial && (
                <button
                  type="button"
                  className="btn btn-small import-report-action"
                  disabled={busy}
                  onClick={() => void importMatching(i)}
                >
                  {capitalise(r.partial.label)}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {exporting && (
        <ExportCodingDialog coder={coder} transcripts={data.transcripts} onClose={() => setExporting(false)} />
      )}
    </div>
  );
}

/** The passphrase of one encrypted file in the import results. */
function PassphraseRow({
  fileName,
  busy,
  onSubmit,
}: {
  fileName: string;
  busy: boolean;
  onSubmit: (p: string) => void;
}) {
  const [value, setValue] = useState('');
  return (
    <form
      className="import-passphrase"
      onSubmit={(e) => {
        e.preventDefault();
        if (value) onSubmit(value);
      }}
    >
      <input
        className="input input-small"
        type="password"
        autoComplete="off"
        aria-label={`Passphrase of ${fileName}`}
        value={value}
        onChange={(e) => setValue(e.target.value)}
      />
      <button type="submit" className="btn btn-small" disabled={busy || value === ''}>
        Decrypt and import
      </button>
    </form>
  );
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function plural(n: number, one: string, many = one + 's') {
  return `${n} ${n === 1 ? one : many}`;
}

function describe(r: CodingImportReport): string {
  const who = r.coders.join(', ') || 'nobody';
  const notHighlights = r.rowsSkipped
    ? ` ${plural(r.rowsSkipped, 'row')} that ${r.rowsSkipped === 1 ? 'is' : 'are'} not highlights (classifications, ratings, memos…) skipped.`
    : '';
  if (r.unchanged)
    return `Unchanged: the project already held this coding by ${who} (${plural(r.transcripts, 'transcript')}).${notHighlights}`;
  const parts = [
    `${plural(r.annotationsAdded, 'highlight')} added`,
    `${r.annotationsUpdated} updated`,
    `${r.annotationsRemoved} removed`,
    plural(r.ratings, 'rating'),
    plural(r.classifications, 'classification'),
  ];
  const added = r.transcriptsAdded ? `; ${plural(r.transcriptsAdded, 'transcript')} added from the file’s text` : '';
  const skipped = r.transcriptsSkipped ? `; ${plural(r.transcriptsSkipped, 'transcript')} left out` : '';
  const warn = r.warnings.length ? ` Note: ${r.warnings.join(' ')}` : '';
  return `Imported ${who}’s coding of ${plural(r.transcripts, 'transcript')}: ${parts.join(', ')}${added}${skipped}.${notHighlights}${warn}`;
}
