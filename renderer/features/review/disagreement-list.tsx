import type { Disagreement, DisagreementKind } from '../../../shared/reliability/types.ts';
import { KIND_LABELS } from '../agreement/index.ts';
import { toggled } from './review-marks.ts';

interface Props {
  disagreements: readonly Disagreement[];
  /** The transcript's text, for each passage's quote. */
  text: string;
  /** The kinds shown (kept by the review while the list reloads or hides). */
  kinds: ReadonlySet<DisagreementKind>;
  onKinds: (update: (current: Set<DisagreementKind>) => Set<DisagreementKind>) => void;
  /** The entry last chosen (its index in `disagreements`). */
  current: number | null;
  /** Choose an entry: the columns scroll to its passage. */
  onChoose: (index: number, d: Disagreement) => void;
}

export const KINDS: DisagreementKind[] = [
  'classification',
  'scale',
  'span-only-one-coder',
  'different-codes-same-span',
];

/** The review's side list of disagreements, filtered by kind; each entry shows its passage. */
export function DisagreementList({ disagreements, text, kinds, onKinds, current, onChoose }: Props) {
  const shown = disagreements.map((d, i) => ({ d, i })).filter(({ d }) => kinds.has(d.kind));
  return (
    <aside className="review-side" aria-label="Disagreements">
      <div className="review-side-head">
        <h2 className="dash-h">Disagreements</h2>
        <span className="count-pill">{disagreements.length}</span>
      </div>
      <div className="kind-filters" role="group" aria-label="Show kinds">
        {KINDS.map((k) => (
          <label key={k} className="pill-check small">
            <input type="checkbox" checked={kinds.has(k)} onChange={() => onKinds((cur) => toggled(cur, k))} />
            {KIND_LABELS[k]} ({disagreements.filter((d) => d.kind === k).length})
          </label>
        ))}
      </div>
      {disagreements.length === 0 ? (
        <p className="muted small pad">These coders agree on everything Attune compares here.</p>
      ) : (
        <ul className="dis-list" aria-label="Disagreement list">
          {shown.map(({ d, i }) => (
            <li key={i}>
              <button
                type="button"
                className={`dis-item${current === i ? ' dis-item--current' : ''}`}
                aria-current={current === i ? 'true' : undefined}
                data-kind={d.kind}
                onClick={() => onChoose(i, d)}
              >
                <span className={`kind-pill kind-pill--${d.kind}`}>{KIND_LABELS[d.kind]}</span>
                <span className="dis-detail">{d.detail}</span>
                {d.start !== null && (
                  <span className="dis-quote">
                    “{text.slice(d.start, Math.min(d.end ?? d.start, d.start + 90))}
                    {(d.end ?? 0) - d.start > 90 ? '…' : ''}”
                  </span>
                )}
              </button>
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
