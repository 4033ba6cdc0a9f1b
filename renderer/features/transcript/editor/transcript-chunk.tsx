import type { RenderChunkProps } from 'slate-react';

/** A chunk of blocks: the lowest chunks skip layout and paint while off screen; their last size is remembered. */
export function TranscriptChunk({ attributes, children, lowest }: RenderChunkProps) {
  return (
    <div {...attributes} className={lowest ? 'chunk chunk--lowest' : 'chunk'}>
      {children}
    </div>
  );
}
