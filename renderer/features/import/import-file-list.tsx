import type { ImportEntry } from './import-entry.ts';
import type { EntryPhase } from './import-batch.ts';
import { plural } from './import-batch.ts';

interface Props {
  entries: ImportEntry[];
  selectedKey: string | null;
  onSelect: (key: string) => void;
  onRemove: ((key: string) => void) | null;
}

const PHASE_LABEL: Record<EntryPhase, string> = {
  reading: 'Reading…',
  previewing: 'Reading…',
  ready: 'Ready',
  invalid: 'Cannot import',
  importing: 'Importing…',
  imported: 'Imported',
  duplicate: 'Duplicate',
  failed: 'Not imported',
};

function statusText(e: ImportEntry): string {
  if (e.phase === 'ready' && e.preview) {
    if (e.preview.duplicateOf) return 'Already in project';
    return `${plural(e.preview.turns.count, 'turn')} · ${plural(e.preview.sections.length, 'section')}`;
  }
  return PHASE_LABEL[e.phase];
}

function tone(e: ImportEntry): string {
  if (e.phase === 'invalid' || e.phase === 'failed') return 'bad';
  if (e.phase === 'duplicate' || (e.phase === 'ready' && (e.preview?.duplicateOf || e.preview?.warnings.length)))
    return 'warn';
  if (e.phase === 'imported') return 'ok';
  return 'plain';
}

/** The files of the batch, each with where it stands. */
export function ImportFileList({ entries, selectedKey, onSelect, onRemove }: Props) {
  return (
    <ul className="import-files" aria-label="Files to import">
      {entries.map((e) => (
        <li key={e.key} className="import-file-row">
          <button
            type="button"
            className="import-file"
            aria-current={e.key === selectedKey ? 'true' : undefined}
            onClick={() => onSelect(e.key)}
          >
            <span className="import-file-name" title={e.name}>
              {e.name}
            </span>
            <span className={`import-status import-status--${tone(e)}`} data-testid="file-status">
              {statusText(e)}
            </span>
          </button>
          {onRemove && (
            <button
              type="button"
              className="btn btn-quiet btn-small import-file-remove"
              aria-label={`Remove ${e.name}`}
              onClick={() => onRemove(e.key)}
            >
              ✕
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
