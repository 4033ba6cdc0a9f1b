import { plural } from '../import-batch.ts';
import type { ListLoad } from './replacement-list-file.ts';

const SHOWN_PROBLEMS = 8;

/** What the last "Load list…" did: how many names it added, or which rows of the file to fix. */
export function ReplacementLoadOutcome({ load }: { load: ListLoad | null }) {
  return (
    <>
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
    </>
  );
}
