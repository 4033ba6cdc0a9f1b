import type { ConsensusProvenance } from '../../../shared/api/consensus.ts';

interface Props {
  provenance: ConsensusProvenance;
  nameOf: (coderId: string | null) => string;
}

/** Where a consensus item came from: accepted from a coder, edited after that, or made in conference. */
export function ConsensusProvenanceTag({ provenance, nameOf }: Props) {
  const o = provenance.origin;
  if (!o) return <span className="prov prov--none">no origin recorded</span>;
  if (o.how === 'accepted') return <span className="prov prov--accepted">accepted from {nameOf(o.coderId)}</span>;
  if (o.how === 'edited')
    return <span className="prov prov--edited">edited{o.coderId ? ` (from ${nameOf(o.coderId)})` : ''}</span>;
  return <span className="prov prov--new">made in conference</span>;
}
