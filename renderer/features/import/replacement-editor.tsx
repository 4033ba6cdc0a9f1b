import { useEffect, useRef, useState } from 'react';
import {
  decodeReplacementList,
  formatReplacementList,
  MAX_LIST_FILE_BYTES,
  parseReplacementList,
  type ListProblem,
} from '../../../shared/transcript/replacement-list.ts';
import { downloadFile } from '../../ui/download.ts';
import { plural } from './import-batch.ts';
import { megabytes } from './read-file.ts';
import {
  addLoaded,
  matchCaseOf,
  repeatedNames,
  resolvedReplacements,
  type ReplacementRow,
} from './replacement-rows.ts';

interface Props {
  replacements: ReplacementRow[];
  onChange: (next: ReplacementRow[]) => void;
  disabled: boolean;
}

/** The list file's accepted types: what "Save list…" writes and what spreadsheets export. */
const LIST_ACCEPT = '.csv,.txt,.tsv,text/csv,text/plain,text/tab-separated-values';
const SHOWN_PROBLEMS = 8;

type LoadState = { kind: 'loaded'; message: string } | { kind: 'failed'; file: string; problems: ListProblem[] } | null;

/**
 * The replacement list for the whole batch ("Margaret" → [MOTHER]), whole words, each row with its own
 * "Match case". It lives only in this dialog: a list pairing real names with tokens is a re-identification
 * key, so it is never stored in the project; "Load list…" and "Save list…" read and write a file the user
 * keeps elsewhere (the same format as `attune import --replacements`).
 */
export function ReplacementEditor({ replacements, onChange, disabled }: Props) {
  const chooser = useRef<HTMLInputElement>(null);
  const [load, setLoad] = useState<LoadState>(null);
  const [focusRow, setFocusRow] = useState<number | null>(null);
  const nameInputs = useRef(new Map<number, HTMLInputElement>());
  const outcome = useRef<HTMLDivElement>(null);
  const set = (i: number, change: Partial<ReplacementRow>) =>
    onChange(replacements.map((r, j) => (j === i ? { ...r, ...change } : r)));
  const repeats = repeatedNames(replacements);
  const named = resolvedReplacements(replacements);

  // The list sits low in a scrolling side panel: bring a load's outcome into view.
  useEffect(() => {
    if (load) outcome.current?.scrollIntoView({ block: 'nearest' });
  }, [load]);

  useEffect(() => {
    if (focusRow === null) return;
    nameInputs.current.get(focusRow)?.focus();
    setFocusRow(null);
  }, [focusRow]);

  const loadFile = async (file: File) => {
    if (file.size > MAX_LIST_FILE_BYTES) {
      setLoad({
        kind: 'failed',
        file: file.name,
        problems: [{ row: 1, message: `the file is too large for a replacement list (${megabytes(file.size)})` }],
      });
      return;
    }
    let text: string;
    try {
      text = decodeReplacementList(new Uint8Array(await file.arrayBuffer()), TextDecoder);
    } catch {
      setLoad({ kind: 'failed', file: file.name, problems: [{ row: 1, message: 'the file could not be read' }] });
      return;
    }
    const parsed = parseReplacementList(text);
    if (!parsed.ok) {
      // Nothing of a bad file is applied: a half-loaded list could leave a name unreplaced unnoticed.
      setLoad({ kind: 'failed', file: file.name, problems: parsed.problems });
      return;
    }
    const { rows, added } = addLoaded(replacements, parsed.entries);
    onChange(rows);
    const skipped = parsed.entries.length - added;
    setLoad({
      kind: 'loaded',
      message: `Loaded ${plural(added, 'name')} from ${file.name}${skipped ? ` (${skipped} already listed)` : ''}.`,
    });
  };

  return (
    <div className="replacement-editor">
      {replacements.length > 0 && (
        <div className="replacement-rows" role="group" aria-label="Replacement list">
          {replacements.map((r, i) => {
            const repeatOf = repeats.get(i);
            return (
              <div className="replacement-row" key={i}>
                <input
                  ref={(el) => {
                    if (el) nameInputs.current.set(i, el);
                    else nameInputs.current.delete(i);
                  }}
                  className="input input-small"
                  aria-label={`Name ${i + 1}`}
                  placeholder="Name in the file"
                  value={r.find}
                  disabled={disabled}
                  onChange={(e) => set(i, { find: e.target.value })}
                />
                <span className="replacement-arrow" aria-hidden="true">
                  →
                </span>
                <input
                  className="input input-small mono"
                  aria-label={`Replacement ${i + 1}`}
                  placeholder="[MOTHER]"
                  value={r.replace}
                  disabled={disabled}
                  onChange={(e) => set(i, { replace: e.target.value })}
                />
                <button
                  type="button"
                  className="btn btn-quiet btn-small"
                  aria-label={`Remove replacement ${i + 1}`}
                  disabled={disabled}
                  onClick={() => onChange(replacements.filter((_, j) => j !== i))}
                >
                  ✕
                </button>
                <label
                  className="replacement-case"
                  title="Ticked: only this spelling with these capitals. Unticked: any case (ROSE, rose)."
                >
                  <input
                    type="checkbox"
                    aria-label={`Match case ${i + 1}`}
                    checked={matchCaseOf(r)}
                    disabled={disabled}
                    onChange={(e) => set(i, { caseSensitive: e.target.checked })}
                  />
                  Match case
                </label>
                {repeatOf !== undefined && (
                  <p className="replacement-repeat" data-testid="replacement-repeat">
                    Same name as row {repeatOf + 1}: this row has no effect.
                  </p>
                )}
              </div>
            );
          })}
        </div>
      )}
      <div className="replacement-actions">
        <button
          type="button"
          className="btn btn-small"
          disabled={disabled}
          onClick={() => {
            onChange([...replacements, { find: '', replace: '' }]);
            setFocusRow(replacements.length);
          }}
        >
          + Add replacement
        </button>
        {replacements.length > 1 && (
          <button
            type="button"
            className="btn btn-quiet btn-small replacement-clear"
            disabled={disabled}
            onClick={() => {
              onChange([]);
              setLoad(null);
            }}
          >
            Clear list
          </button>
        )}
      </div>
      <div className="replacement-actions">
        <input
          ref={chooser}
          type="file"
          hidden
          accept={LIST_ACCEPT}
          data-testid="replacement-list-input"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void loadFile(file);
          }}
        />
        <button
          type="button"
          className="btn btn-small"
          disabled={disabled}
          onClick={() => chooser.current?.click()}
          title="Add names from a CSV or text file: name,replacement[,case-sensitive]"
        >
          Load list…
        </button>
        <button
          type="button"
          className="btn btn-small"
          disabled={disabled || named.length === 0}
          title="Download this list as a CSV file, to keep outside the project"
          onClick={() => downloadFile('replacement-list.csv', formatReplacementList(named), 'text/csv;charset=utf-8')}
        >
          Save list…
        </button>
      </div>
      <div ref={outcome}>
        {load?.kind === 'loaded' && (
          <p className="muted small replacement-load-status" role="status">
            {load.message}
          </p>
        )}
        {load?.kind === 'failed' && (
          <div className="field-error replacement-load-error" role="alert" aria-label="Replacement list not loaded">
            <p>
              {load.file} was not loaded; the list is unchanged. Fix{' '}
              {load.problems.length === 1 ? 'this row' : 'these rows'} and load it again:
            </p>
            <ul>
              {load.problems.slice(0, SHOWN_PROBLEMS).map((p, i) => (
                <li key={i}>
                  Row {p.row}: {p.message}
                </li>
              ))}
              {load.problems.length > SHOWN_PROBLEMS && (
                <li>…and {plural(load.problems.length - SHOWN_PROBLEMS, 'more problem')}</li>
              )}
            </ul>
          </div>
        )}
      </div>
    </div>
  );
}
