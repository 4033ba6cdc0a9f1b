import { useEffect, useState } from 'react';
import type { DisagreementPage } from '../../../shared/api/agreement.ts';
import type { DisagreementKind } from '../../../shared/reliability/types.ts';
import { errorMessage, send } from '../../api/client.ts';
import { openReview } from '../../state/view.ts';
import { KIND_LABELS } from './disagreement-kinds.ts';
import { DISAGREEMENTS_PER_PAGE, hostQuery, type AgreementQuery } from './use-agreement-run.ts';

interface Props {
  /** The first page, as the figures came with it (every kind). */
  first: DisagreementPage;
  query: AgreementQuery;
}

const KINDS = Object.keys(KIND_LABELS) as DisagreementKind[];

interface Shown {
  /** The first page this state belongs to: a new computation starts again from it. */
  from: DisagreementPage;
  kinds: DisagreementKind[];
  page: DisagreementPage;
}

/**
 * Every disagreement of the computed selection, a page at a time from the host (a consortium has
 * hundreds of thousands), filtered by kind; each opens the review at its passage.
 */
export function AgreementDisagreements({ first, query }: Props) {
  const [shown, setShown] = useState<Shown>({ from: first, kinds: KINDS, page: first });
  const [want, setWant] = useState<{ offset: number; kinds: DisagreementKind[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (shown.from !== first) {
    setShown({ from: first, kinds: KINDS, page: first });
    setWant(null);
  }

  useEffect(() => {
    if (!want) return;
    let live = true;
    const kinds = want.kinds.length === KINDS.length ? {} : { kinds: want.kinds };
    send('agreement-list-disagreements', {
      ...hostQuery(query),
      ...kinds,
      offset: want.offset,
      limit: DISAGREEMENTS_PER_PAGE,
    })
      .then((page) => {
        if (!live) return;
        setShown((s) => ({ ...s, kinds: want.kinds, page }));
        setError(null);
      })
      .catch((e: unknown) => live && setError(errorMessage(e)))
      .finally(() => live && setWant(null));
    return () => {
      live = false;
    };
  }, [want, query]);

  const { page, kinds } = shown;
  if (first.total === 0) return null;
  const loading = want !== null;
  // The boxes show the choice at once, while its first page loads.
  const chosen = want?.kinds ?? kinds;
  const last = Math.min(page.offset + page.items.length, page.total);
  const toggle = (k: DisagreementKind) => {
    const next = kinds.includes(k) ? kinds.filter((x) => x !== k) : KINDS.filter((x) => x === k || kinds.includes(x));
    if (next.length > 0) setWant({ offset: 0, kinds: next });
  };

  return (
    <details className="dis-details" open>
      <summary>
        All {first.total.toLocaleString()} disagreements{' '}
        <span className="muted small">(click one to open it in the review)</span>
      </summary>
      <div className="dis-kinds" role="group" aria-label="Show disagreements of these kinds">
        {KINDS.map((k) => (
          <label key={k} className="dis-kind small">
            <input
              type="checkbox"
              checked={chosen.includes(k)}
              disabled={loading || first.byKind[k] === 0}
              onChange={() => toggle(k)}
            />
            {KIND_LABELS[k]} ({first.byKind[k].toLocaleString()})
          </label>
        ))}
      </div>
      <ul className="dis-list dis-list--flat" aria-label="Disagreements" aria-busy={loading}>
        {page.items.map((d, i) => (
          <li key={`${page.offset}-${i}`}>
            <button
              type="button"
              className="dis-item"
              onClick={() =>
                openReview({ transcriptId: d.transcriptId, coderIds: query.coderIds, start: d.start, end: d.end })
              }
            >
              <span className={`kind-pill kind-pill--${d.kind}`}>{KIND_LABELS[d.kind]}</span>
              <span className="dis-where">{d.transcriptTitle}</span>
              <span className="dis-detail">{d.detail}</span>
            </button>
          </li>
        ))}
      </ul>
      <nav className="dis-pager" aria-label="Disagreement pages">
        <button
          type="button"
          className="btn btn-small"
          disabled={loading || page.offset === 0}
          onClick={() => setWant({ offset: Math.max(0, page.offset - DISAGREEMENTS_PER_PAGE), kinds })}
        >
          ← Previous
        </button>
        <span className="dis-range" role="status">
          {loading
            ? 'Loading…'
            : `${page.total === 0 ? 0 : (page.offset + 1).toLocaleString()}–${last.toLocaleString()} of ${page.total.toLocaleString()}`}
        </span>
        <button
          type="button"
          className="btn btn-small"
          disabled={loading || last >= page.total}
          onClick={() => setWant({ offset: page.offset + DISAGREEMENTS_PER_PAGE, kinds })}
        >
          Next →
        </button>
      </nav>
      {error && (
        <div className="inline-error" role="alert">
          {error}
        </div>
      )}
    </details>
  );
}
