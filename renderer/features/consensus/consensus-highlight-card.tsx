import type { Annotation } from '../../../shared/api/annotation.ts';
import type { ConsensusProvenance } from '../../../shared/api/consensus.ts';
import type { LossEvent } from '../../../shared/api/event.ts';
import type { Code } from '../../../shared/codebook/codebook-schema.ts';
import { tint } from '../../ui/color.ts';
import { ConsensusProvenanceTag } from './consensus-provenance.tsx';
import { LinkedEvent } from './linked-event.tsx';
import { RationaleField } from './rationale-field.tsx';

interface Props {
  annotation: Annotation & ConsensusProvenance;
  /** Its code (undefined when the codebook no longer has it: the id is shown). */
  code: Code | undefined;
  quote: string;
  /** The consensus's events, for the highlight's event link. */
  events: readonly LossEvent[];
  nameOf: (coderId: string | null) => string;
  onRationale: (text: string) => Promise<void>;
}

/** A consensus highlight: its code, where it came from, the passage and its rationale. */
export function ConsensusHighlightCard({ annotation: a, code, quote, events, nameOf, onRationale }: Props) {
  return (
    <li className="cs-hl cs-hl--consensus" style={{ borderLeftColor: code?.color ?? '#888' }}>
      <div className="cs-hl-head">
        <span className="cs-code" style={{ background: tint(code?.color ?? '#888888', 0.18) }}>
          {code?.label ?? a.codeId}
        </span>
        <ConsensusProvenanceTag provenance={a} nameOf={nameOf} />
      </div>
      <q className="cs-quote">{quote}</q>
      <LinkedEvent eventId={a.eventId} events={events} />
      <RationaleField
        label={`Rationale for the ${code?.label ?? a.codeId} highlight`}
        value={a.rationale}
        onSave={onRationale}
      />
    </li>
  );
}
