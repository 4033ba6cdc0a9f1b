import type { ImportEntry } from './import-entry.ts';
import { batchSummary } from './import-batch.ts';

interface Props {
  entries: ImportEntry[];
  progress: { done: number; total: number };
  finished: boolean;
}

const ICON: Record<string, string> = { imported: '✓', duplicate: '=', failed: '!', importing: '…' };
const LABEL: Record<string, string> = {
  imported: 'Imported',
  duplicate: 'Duplicate',
  failed: 'Not imported',
  importing: 'Importing',
};

/** The batch as it runs: a progress bar and one result line per file. */
export function ImportBatchProgress({ entries, progress, finished }: Props) {
  const percent = progress.total ? Math.round((progress.done / progress.total) * 100) : 0;
  return (
    <section className="import-results" aria-label="Import results">
      <div className="import-progress-head">
        <p className="import-progress-label" id="import-progress-label">
          {finished
            ? `Done: ${batchSummary(entries.map((e) => e.phase))}`
            : `Importing ${Math.min(progress.done + 1, progress.total)} of ${progress.total}…`}
        </p>
        <span className="muted small">
          {progress.done} / {progress.total}
        </span>
      </div>
      <progress
        className="import-progress"
        max={progress.total || 1}
        value={progress.done}
        aria-labelledby="import-progress-label"
        data-percent={percent}
      />
      <ul className="import-result-list">
        {entries.map((e) => (
          <li key={e.key} className={`import-result import-result--${e.phase}`} data-testid="import-result">
            <span className="import-result-icon" aria-hidden="true">
              {ICON[e.phase] ?? '·'}
            </span>
            <span className="import-result-body">
              <span className="import-result-name">{e.name}</span>
              <span className="import-result-state">{LABEL[e.phase] ?? 'Waiting'}</span>
              {e.message && <span className="import-result-message">{withoutName(e.name, e.message)}</span>}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The file's name is already on the line: "a.docx: duplicate: this text…" reads "This text…". */
function withoutName(name: string, message: string): string {
  const prefix = `${name}: `;
  const rest = (message.startsWith(prefix) ? message.slice(prefix.length) : message).replace(/^duplicate: /, '');
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}
