import type { ReplacementPreview } from '../../../../shared/api/transcript.ts';
import { hitIndexInContext } from '../import-batch.ts';

/** The context with the name found marked, so a wrong hit ("Rose" the flower) is easy to spot. */
export function PreviewHitContext({ hit, ordinal }: { hit: ReplacementPreview; ordinal: number }) {
  const at = hitIndexInContext(hit.context, hit.original, ordinal);
  if (at < 0) return <span className="hit-context">{hit.context}</span>;
  return (
    <span className="hit-context">
      {hit.context.slice(0, at)}
      <mark>{hit.original}</mark>
      {hit.context.slice(at + hit.original.length)}
    </span>
  );
}
