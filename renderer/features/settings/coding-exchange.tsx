import { useRef, useState } from 'react';
import type { Coder } from '../../../shared/api/coder.ts';
import type { CodingImportReport } from '../../../shared/api/coding.ts';
import { errorMessage, send } from '../../api/client.ts';
import type { ProjectData } from '../../state/use-project-data.ts';
import { isPrivilegedRole } from '../../../shared/api/coder.ts';
import { trackWrite } from '../../state/save-status.ts';
import { ExportCodingDialog } from './export-coding-dialog.tsx';

interface Props {
  coder: Coder;
  data: ProjectData;
  onImported: () => Promise<void>;
  compact?: boolean;
}

type FileResult =
  { fileName: string; ok: true; report: CodingImportReport } | { fileName: string; ok: false; error: string };

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
      try {
        const content = await f.text();
        // A refused file is answered in its row below; nothing failed to save, so the header stays as it was.
        const report = await trackWrite(`Importing ${f.name}`, send('coding-import', { fileName: f.name, content }), {
          refusalShownInPlace: true,
        });
        out.push({ fileName: f.name, ok: true, report });
      } catch (e) {
        out.push({ fileName: f.name, ok: false, error: errorMessage(e) });
      }
      setResults([...out]);
    }
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
          accept=".attune-coding,.csv,application/json,text/csv"
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

function plural(n: number, one: string, many = one + 's') {
  return `${n} ${n === 1 ? one : many}`;
}

function describe(r: CodingImportReport): string {
  const who = r.coders.join(', ') || 'nobody';
  if (r.unchanged)
    return `Unchanged: the project already held this coding by ${who} (${plural(r.transcripts, 'transcript')}).`;
  const parts = [
    `${plural(r.annotationsAdded, 'highlight')} added`,
    `${r.annotationsUpdated} updated`,
    `${r.annotationsRemoved} removed`,
    plural(r.ratings, 'rating'),
    plural(r.classifications, 'classification'),
  ];
  const added = r.transcriptsAdded ? `; ${plural(r.transcriptsAdded, 'transcript')} added from the file’s text` : '';
  const warn = r.warnings.length ? ` Note: ${r.warnings.join(' ')}` : '';
  return `Imported ${who}’s coding of ${plural(r.transcripts, 'transcript')}: ${parts.join(', ')}${added}.${warn}`;
}
