import { useRef, useState } from 'react';
import type { TextSelection } from '../../transcript/index.ts';

export type HoverState = { ids: string[]; anchor: DOMRect } | null;

/**
 * The transcript view's tools: the command palette or the project search (one at a time), the
 * highlight filter and the codes it hides, and the hover card over a highlight.
 */
export function useViewTools(selectionNow: { current: TextSelection | null }) {
  const [tool, setTool] = useState<'palette' | 'search' | null>(null);
  const [filterOpen, setFilterOpen] = useState(false);
  const [hiddenCodes, setHiddenCodes] = useState<ReadonlySet<string>>(() => new Set());
  const [hover, setHover] = useState<HoverState>(null);
  // The selection when the palette opened: its input takes focus (and the DOM selection) from the text.
  const paletteSelection = useRef<TextSelection | null>(null);

  const openPalette = () => {
    paletteSelection.current = selectionNow.current;
    setTool('palette');
  };
  /** The selection a code chosen in the palette tags: as it was when the palette opened. */
  const takePaletteSelection = (): TextSelection | null => {
    const sel = paletteSelection.current ?? selectionNow.current;
    paletteSelection.current = null;
    return sel;
  };

  return {
    tool,
    setTool,
    openPalette,
    takePaletteSelection,
    filterOpen,
    setFilterOpen,
    hiddenCodes,
    setHiddenCodes,
    hover,
    setHover,
  };
}
