import type { AgreementSummary as AgreementFigures } from '../../../shared/api/agreement.ts';
import { AgreementClassification } from './agreement-classification.tsx';
import { AgreementPassages } from './agreement-passages.tsx';
import { AgreementScales } from './agreement-scales.tsx';
import { AgreementSummary } from './agreement-summary.tsx';
import { AgreementTranscripts } from './agreement-transcripts.tsx';
import type { AgreementQuery } from './use-agreement-run.ts';

interface Props {
  result: AgreementFigures;
  query: AgreementQuery;
  nameOf: (coderId: string) => string;
  titleOf: (transcriptId: string) => string;
}

/** The computed figures: the headline cards, then classification, scales, passages and per transcript. */
export function AgreementResults({ result, query, nameOf, titleOf }: Props) {
  return (
    <div className="dash-results" data-testid="agreement-results">
      <AgreementSummary result={result} />
      <section className="dash-section" aria-labelledby="ds-class">
        <h2 className="dash-h" id="ds-class">
          Classification
        </h2>
        <AgreementClassification key={`${result.level}-${result.transcripts.length}`} result={result} nameOf={nameOf} />
      </section>
      <section className="dash-section" aria-labelledby="ds-scales">
        <h2 className="dash-h" id="ds-scales">
          Scales
        </h2>
        <AgreementScales result={result} nameOf={nameOf} titleOf={titleOf} />
      </section>
      <section className="dash-section" aria-labelledby="ds-passages">
        <h2 className="dash-h" id="ds-passages">
          Passages
        </h2>
        <AgreementPassages result={result} />
      </section>
      <section className="dash-section" aria-labelledby="ds-transcripts">
        <h2 className="dash-h" id="ds-transcripts">
          Per transcript
        </h2>
        <AgreementTranscripts result={result} query={query} nameOf={nameOf} />
      </section>
    </div>
  );
}
