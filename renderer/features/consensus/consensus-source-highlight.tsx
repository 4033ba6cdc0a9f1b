import type { Annotation } from '../../../shared/api/annotation.ts';
import type { LossEvent } from '../../../shared/api/event.ts';
import type { Code } from '../../../shared/codebook/codebook-schema.ts';
import { tint } from '../../ui/color.ts';
import { AcceptButton } from './accept-button.tsx';
import { LinkedEvent } from './linked-event.tsx';

interface Props {
  coderName: string;
  annotation: Annotation;
  /** Its code (undefined when the codebook no longer has it: the id is shown). */
  code: Code | undefined;
  quote: string;
  /** The coder's events, for the highlight's event link. */
  events: readonly LossEvent[];
  /** Already copied into the consensus: no second Accept. */
  accepted: boolean;
  onAccept: (rationale: string) => Promise<void>;
}

/** One coder's highlight: who, which code, the passage, and Accept (or that the consensus has it). */
export function ConsensusSourceHighlight({ coderName, annotation: a, code, quote, events, accepted, onAccept }: Props) {
  return (
    <li className="cs-hl" style={{ borderLeftColor: code?.color ?? '#888' }}>
      <div className="cs-hl-head">
        <span className="cs-who">{coderName}</span>
        <span className="cs-code" style={{ background: tint(code?.color ?? '#888888', 0.18) }}>
          {code?.label ?? a.codeId}
        </span>
      </div>
      <q className="cs-quote">{quote}</q>
      <LinkedEvent eventId={a.eventId} events={events} />
      {accepted ? (
        <span className="prov prov--accepted">in the consensus</span>
      ) : (
        <AcceptButton
          label="Accept"
          name={`Accept ${coderName}’s ${code?.label ?? a.codeId} highlight`}
          onAccept={onAccept}
        />
      )}
    </li>
  );
}
