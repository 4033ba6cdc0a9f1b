import type { ReactNode } from 'react';
import type { ReplacementPreview } from '../../../../shared/api/transcript.ts';
import { hitOrdinals } from '../import-batch.ts';
import { PreviewHitContext } from './preview-hit-context.tsx';

interface Props {
  hits: readonly ReplacementPreview[];
  testId: string;
  /** What happened (or did not) to the word. */
  change: (hit: ReplacementPreview) => ReactNode;
}

/** Replacement hits, each with its line, its context with the word marked, and what became of it. */
export function PreviewHitList({ hits, testId, change }: Props) {
  const ordinals = hitOrdinals(hits);
  return (
    <ul className="hit-list">
      {hits.map((h, i) => (
        <li key={i} className="hit" data-testid={testId}>
          <span className="hit-line">line {h.line}</span>
          <PreviewHitContext hit={h} ordinal={ordinals[i] ?? 0} />
          <span className="hit-change">{change(h)}</span>
        </li>
      ))}
    </ul>
  );
}
