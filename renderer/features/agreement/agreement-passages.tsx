import type { AgreementSummary } from '../../../shared/api/agreement.ts';
import { codesWithData, formatNumber } from '../../../shared/reliability/format.ts';
import { AgreementBars } from '../../ui/charts/agreement-bars.tsx';
import { NCount, StatValue, WarningBadge } from '../../ui/stat-value.tsx';

interface Props {
  result: AgreementSummary;
}

/** Unitizing alpha per code and overall, and matched-span F1, as figures and bars. */
export function AgreementPassages({ result }: Props) {
  const p = result.passages;
  const used = codesWithData(p.codes);
  return (
    <div className="passages">
      <div className="figure-row">
        <div className="figure" data-testid="alpha-overall">
          <span className="figure-label">
            <span className="no-caps">uα</span>, all codes
          </span>
          <span className="figure-value">
            <StatValue stat={p.overall.alphaU} digits={3} />
          </span>
          <span className="figure-meta">
            <NCount n={p.overall.alphaU.n} unit="spans" /> <WarningBadge warning={p.overall.warning} />
          </span>
        </div>
        <div className="figure" data-testid="f1-overall">
          <span className="figure-label">Matched-span F1</span>
          <span className="figure-value">
            {p.overall.overlap.f1 === null ? (
              <span className="muted" title="no spans to match">
                —
              </span>
            ) : (
              formatNumber(p.overall.overlap.f1)
            )}
          </span>
          <span className="figure-meta">
            {p.overall.overlap.matched} matched · precision {formatNumber(p.overall.overlap.precision)} · recall{' '}
            {formatNumber(p.overall.overlap.recall)}
          </span>
        </div>
        <div className="figure">
          <span className="figure-label">Continuum</span>
          <span className="figure-value figure-value--small">{p.pooledTranscripts.length} transcripts</span>
          <span className="figure-meta">
            {p.continuumLength.toLocaleString()} characters · Jaccard ≥ {p.overlapThreshold}
          </span>
        </div>
      </div>
      {p.excludedTranscripts.length > 0 && (
        <p className="table-note">
          Left out of uα: {p.excludedTranscripts.length} transcript(s) not every coder took part in (
          {p.excludedTranscripts
            .slice(0, 3)
            .map((e) => e.reason)
            .join('; ')}
          {p.excludedTranscripts.length > 3 ? '; …' : ''}).
        </p>
      )}
      {used.length === 0 ? (
        <p className="muted">No highlights from the chosen coders on these transcripts.</p>
      ) : (
        <div className="split split--even">
          <AgreementBars
            title="uα per code"
            min={-0.2}
            digits={3}
            items={used.map((c) => ({
              id: c.codeId,
              label: c.label,
              value: c.alphaU.value,
              reason: c.alphaU.reason,
              n: c.alphaU.n,
              warning: c.warning,
            }))}
          />
          <AgreementBars
            title="Matched-span F1 per code"
            items={used.map((c) => ({
              id: c.codeId,
              label: c.label,
              value: c.overlap.f1,
              reason: c.overlap.f1 === null ? 'no spans to match' : null,
              n: c.overlap.spansA + c.overlap.spansB,
              warning: c.warning,
            }))}
          />
        </div>
      )}
      <p className="table-note">
        uα: Krippendorff’s unitizing alpha, the chosen transcripts laid end to end as one continuum; n = spans. F1:
        spans matched at Jaccard overlap ≥ {p.overlapThreshold}, pooled over transcripts and coder pairs.
      </p>
    </div>
  );
}
