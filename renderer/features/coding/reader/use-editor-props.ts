import { useMemo } from 'react';
import type { Highlight, TextSelection } from '../../transcript/index.ts';
import { useStableCallback } from '../../../ui/use-stable-callback.ts';
import type { CodingController } from '../use-coding-controller.ts';

/**
 * What the memoised transcript view is given: the highlights shown (without the filtered codes, the
 * one being dragged at its previewed extent) and callbacks of stable identity (see TranscriptEditor).
 */
export function useEditorProps(c: CodingController) {
  const { data, highlights, boundary, tools, tagging } = c;
  const { annotations } = data;
  const { hiddenCodes } = tools;
  const { dragPreview } = boundary;
  const shown = useMemo<Highlight[]>(
    () =>
      annotations
        .filter((a) => !hiddenCodes.has(a.codeId))
        .map((a) =>
          dragPreview?.id === a.id
            ? { id: a.id, codeId: a.codeId, start: dragPreview.start, end: dragPreview.end }
            : { id: a.id, codeId: a.codeId, start: a.start, end: a.end },
        ),
    [annotations, hiddenCodes, dragPreview],
  );
  return {
    highlights: shown,
    onSelectionChange: c.selection.onChange,
    onHotkey: useStableCallback((codeId: string, sel: TextSelection | null) => void tagging.tag(codeId, sel, true)),
    onOpenHighlights: useStableCallback(highlights.openIds),
    onEscape: useStableCallback(highlights.close),
    onStepHighlight: useStableCallback((direction: 1 | -1, from: number) => highlights.stepHighlight(direction, from)),
    onPickHighlight: useStableCallback((id: string) => {
      const a = annotations.find((x) => x.id === id);
      if (a) highlights.showHighlight(a);
    }),
    onHover: useStableCallback((ids: string[], anchor: DOMRect | null) =>
      tools.setHover(ids.length && anchor ? { ids, anchor } : null),
    ),
    onDragBoundary: useStableCallback(boundary.dragBoundary),
  };
}
