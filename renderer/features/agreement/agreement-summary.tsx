import type { AgreementSummary as AgreementFigures } from '../../../shared/api/agreement.ts';
import { formatNumber, formatPercent } from '../../../shared/reliability/format.ts';
import { NCount, WarningBadge } from '../../ui/stat-value.tsx';

interface Props {
  result: AgreementFigures;
}

/** The four headline cards: classification at the chosen level, passages (uα), scales compared, disagreements. */
export function AgreementSummary({ result }: Props) {
  const headline = result.classification.find((l) => l.level === result.level);
  const overall = result.passages.overall;
  return (
    <div className="summary-cards">
      <div className="summary-card" data-testid="headline-card">
        <span className="figure-label" title={headline?.label}>
          Classification, {result.level}
        </span>
        <span className="figure-value">
          {headline?.percentAgreement.value === null || !headline ? (
            <span className="muted" title={headline?.percentAgreement.reason ?? ''}>
              —
            </span>
          ) : (
            formatPercent(headline.percentAgreement.value)
          )}
        </span>
        <span className="figure-meta">
          κ {formatNumber(headline?.kappa.value)} · <NCount n={headline?.n ?? 0} unit="transcripts" />{' '}
          <WarningBadge warning={headline?.warning} />
        </span>
      </div>
      <div className="summary-card">
        <span className="figure-label">
          Passages, <span className="no-caps">uα</span>
        </span>
        <span className="figure-value">
          {overall?.alphaU.value === null ? (
            <span className="muted" title={overall?.alphaU.reason ?? ''}>
              —
            </span>
          ) : (
            formatNumber(overall?.alphaU.value, 3)
          )}
        </span>
        <span className="figure-meta">
          F1 {formatNumber(overall?.overlap.f1)} · <NCount n={overall?.alphaU.n ?? 0} unit="spans" />{' '}
          <WarningBadge warning={overall?.warning} />
        </span>
      </div>
      <div className="summary-card">
        <span className="figure-label">Scales compared</span>
        <span className="figure-value">{result.scales.filter((x) => x.n > 0).length}</span>
        <span className="figure-meta">scale targets rated by two or more coders</span>
      </div>
      <div className="summary-card">
        <span className="figure-label">Disagreements</span>
        <span className="figure-value">{result.disagreements.total.toLocaleString()}</span>
        <span className="figure-meta">classification, scales beyond ±{result.options.scaleTolerance}, passages</span>
      </div>
    </div>
  );
}
