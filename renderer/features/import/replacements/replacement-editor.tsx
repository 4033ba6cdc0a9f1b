import { useEffect, useRef, useState } from 'react';
import { formatReplacementList } from '../../../../shared/transcript/replacement-list.ts';
import { downloadFile } from '../../../ui/download.ts';
import { loadReplacementList, type ListLoad } from './replacement-list-file.ts';
import { ReplacementLoadOutcome } from './replacement-load-outcome.tsx';
import { ReplacementRowFields } from './replacement-row-fields.tsx';
import { repeatedNames, resolvedReplacements, type ReplacementRow } from './replacement-rows.ts';

interface Props {
  replacements: ReplacementRow[];
  onChange: (next: ReplacementRow[]) => void;
  disabled: boolean;
}

/** The list file's accepted types: what "Save list…" writes and what spreadsheets export. */
const LIST_ACCEPT = '.csv,.txt,.tsv,text/csv,text/plain,text/tab-separated-values';

/**
 * The replacement list for the whole batch ("Margaret" → [MOTHER]), whole words, each row with its own
 * "Match case". It lives only in this dialog: a list pairing real names with tokens is a re-identification
 * key, so it is never stored in the project; "Load list…" and "Save list…" read and write a file the user
 * keeps elsewhere (the same format as `attune import --replacements`).
 */
export function ReplacementEditor({ replacements, onChange, disabled }: Props) {
  const chooser = useRef<HTMLInputElement>(null);
  const [load, setLoad] = useState<ListLoad | null>(null);
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
    const loaded = await loadReplacementList(file, replacements);
    if (loaded.rows) onChange(loaded.rows);
    setLoad(loaded.load);
  };

  return (
    <div className="replacement-editor">
      {replacements.length > 0 && (
        <div className="replacement-rows" role="group" aria-label="Replacement list">
          {replacements.map((r, i) => (
            <ReplacementRowFields
              key={i}
              row={r}
              index={i}
              repeatOf={repeats.get(i)}
              disabled={disabled}
              nameRef={(el) => {
                if (el) nameInputs.current.set(i, el);
                else nameInputs.current.delete(i);
              }}
              onChange={(change) => set(i, change)}
              onRemove={() => onChange(replacements.filter((_, j) => j !== i))}
            />
          ))}
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
        <ReplacementLoadOutcome load={load} />
      </div>
    </div>
  );
}
