import type { Disagreement, ProjectAgreement } from '../../../shared/reliability/types.ts';
import { formatNumber } from '../../../shared/reliability/format.ts';
import { openReview } from '../../state/view.ts';

interface Props {
  result: ProjectAgreement;
  nameOf: (coderId: string) => string;
}

export const KIND_LABELS: Record<Disagreement['kind'], string> = {
  classification: 'Classification',
  scale: 'Scale',
  'span-only-one-coder': 'Only one coder',
  'different-codes-same-span': 'Different codes',
};

/** Per-transcript agreement rows and the disagreements, each opening the review at its passage. */
export function AgreementTranscripts({ result, nameOf }: Props) {
  const coderIds = result.coders.map((c) => c.id);
  return (
    <div className="table-wrap">
      <table className="data-table" aria-label="Agreement per transcript">
        <thead>
          <tr>
            <th scope="col">Transcript</th>
            <th scope="col">Classifications</th>
            <th scope="col">Agree ({result.level})</th>
            <th scope="col" className="num no-caps">
              uα
            </th>
            <th scope="col" className="num">
              F1
            </th>
            <th scope="col" className="num">
              Disagreements
            </th>
          </tr>
        </thead>
        <tbody>
          {result.transcripts.map((t) => {
            const agree = t.agreeByLevel[result.level];
            return (
              <tr key={t.transcriptId}>
                <th scope="row">{t.title}</th>
                <td className="small">
                  {t.coders.map((c) => `${nameOf(c)}: ${t.classifications[c] ?? '–'}`).join(' · ') || (
                    <span className="muted">nobody took part</span>
                  )}
                </td>
                <td>
                  {agree === null || agree === undefined ? (
                    <span className="muted">–</span>
                  ) : agree ? (
                    <span className="yes">yes</span>
                  ) : (
                    <span className="no">no</span>
                  )}
                </td>
                <td className="num" title={t.alphaU.reason ?? undefined}>
                  {formatNumber(t.alphaU.value, 3)}
                </td>
                <td className="num">{formatNumber(t.overlap.f1)}</td>
                <td className="num">
                  {t.disagreements > 0 ? (
                    <button
                      type="button"
                      className="link-btn"
                      onClick={() => openReview({ transcriptId: t.transcriptId, coderIds: t.coders })}
                    >
                      {t.disagreements} · review
                    </button>
                  ) : (
                    '0'
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {result.disagreements.length > 0 && (
        <details className="dis-details">
          <summary>
            All {result.disagreements.length} disagreements{' '}
            <span className="muted small">(click one to open it in the review)</span>
          </summary>
          <ul className="dis-list dis-list--flat">
            {result.disagreements.slice(0, 500).map((d, i) => (
              <li key={i}>
                <button
                  type="button"
                  className="dis-item"
                  onClick={() =>
                    openReview({ transcriptId: d.transcriptId, coderIds: coderIds, start: d.start, end: d.end })
                  }
                >
                  <span className={`kind-pill kind-pill--${d.kind}`}>{KIND_LABELS[d.kind]}</span>
                  <span className="dis-where">{d.transcriptTitle}</span>
                  <span className="dis-detail">{d.detail}</span>
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
