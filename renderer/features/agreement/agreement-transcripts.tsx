import { useState } from 'react';
import type { AgreementSummary } from '../../../shared/api/agreement.ts';
import { formatNumber } from '../../../shared/reliability/format.ts';
import { openReview } from '../../state/view.ts';
import { AgreementDisagreements } from './agreement-disagreements.tsx';
import type { AgreementQuery } from './use-agreement-run.ts';

interface Props {
  result: AgreementSummary;
  /** What the result was computed for: the disagreements' later pages are asked for the same. */
  query: AgreementQuery;
  nameOf: (coderId: string) => string;
}

/**
 * Rows shown at first: a consortium's 600 rows were half the figures' first paint (a table lays out every
 * cell of every row); the rest are a click away.
 */
const FIRST_ROWS = 100;

/** Per-transcript agreement rows and the disagreements, each opening the review at its passage. */
export function AgreementTranscripts({ result, query, nameOf }: Props) {
  const [all, setAll] = useState(false);
  const rows = all ? result.transcripts : result.transcripts.slice(0, FIRST_ROWS);
  const more = result.transcripts.length - rows.length;
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
          {rows.map((t) => {
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
      {more > 0 && (
        <p className="table-more">
          <span className="muted small">
            The first {rows.length.toLocaleString()} of {result.transcripts.length.toLocaleString()} transcripts.
          </span>{' '}
          <button type="button" className="btn btn-small" onClick={() => setAll(true)}>
            Show all {result.transcripts.length.toLocaleString()}
          </button>
        </p>
      )}
      <AgreementDisagreements first={result.disagreements} query={query} />
    </div>
  );
}
