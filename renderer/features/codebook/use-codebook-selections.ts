import { useCallback, useState } from 'react';
import type { Codebook } from '../../../shared/codebook/codebook-schema.ts';
import {
  keepCategorySelection,
  keepCodeSelection,
  keepScaleSelection,
  type CategorySelection,
  type CodeSelection,
  type ScaleSelection,
} from './selections.ts';

/** What each section has chosen; kept in the editor so switching sections does not lose it. */
export function useCodebookSelections() {
  const [code, setCode] = useState<CodeSelection>(null);
  const [scale, setScale] = useState<ScaleSelection>(null);
  const [category, setCategory] = useState<CategorySelection>(null);
  /** After a (re)load: keep only what the codebook still has (a save renames new items, an import may drop any). */
  const keepExisting = useCallback((cb: Codebook) => {
    setCode((s) => keepCodeSelection(s, cb));
    setScale((s) => keepScaleSelection(s, cb));
    setCategory((s) => keepCategorySelection(s, cb));
  }, []);
  const clear = useCallback(() => {
    setCode(null);
    setScale(null);
    setCategory(null);
  }, []);
  return { code, setCode, scale, setScale, category, setCategory, keepExisting, clear };
}
