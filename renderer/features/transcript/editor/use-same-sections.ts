import { useState } from 'react';
import type { SectionInfo } from '../../../../shared/api/transcript.ts';
import { sameSections } from '../decorations/structure-decor.ts';

/** The sections as first given while their headings stay the same (a copy with equal content keeps the old array). */
export function useSameSections(sections: readonly SectionInfo[]): readonly SectionInfo[] {
  const [kept, setKept] = useState(sections);
  if (kept === sections || sameSections(kept, sections)) return kept;
  setKept(sections);
  return sections;
}
