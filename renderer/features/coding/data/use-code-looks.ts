import { useMemo } from 'react';
import type { Codebook } from '../../../../shared/codebook/codebook-schema.ts';
import { shortLabel, type CodeLook } from '../../transcript/index.ts';

/**
 * How each code looks in the text (colour, label, short label; a code the codebook does not know is
 * grey), and the code keys: lower-cased hotkey -> code id, archived codes left out.
 */
export function useCodeLooks(codes: Codebook['codes'] | undefined) {
  const lookOf = useMemo(() => {
    const map = new Map(
      (codes ?? []).map((c) => [
        c.id,
        { color: c.color, label: c.label, short: shortLabel(c.label) } satisfies CodeLook,
      ]),
    );
    return (codeId: string): CodeLook =>
      map.get(codeId) ?? { color: '#888888', label: codeId, short: shortLabel(codeId) };
  }, [codes]);
  const hotkeys = useMemo(
    () => new Map((codes ?? []).filter((c) => c.hotkey && !c.archived).map((c) => [c.hotkey!.toLowerCase(), c.id])),
    [codes],
  );
  return { lookOf, hotkeys };
}
