import { useEffect, useRef, useState } from 'react';
import type { Classification } from '../../../shared/api/classification.ts';
import type { ClassificationScheme } from '../../../shared/codebook/codebook-schema.ts';
import { classify, fieldsOf, type ClassificationFields, type Owner } from '../../state/coding-data.ts';

export type ChangeClassification = (patch: Partial<ClassificationFields>, label: string) => void;

const ignore = () => {
  // Failed writes are reported by the save indicator and error banner.
};

const EMPTY: ClassificationFields = {
  primary: '',
  subtype: null,
  alternative: null,
  secondAlternative: null,
  confidence: null,
  forced: false,
  note: '',
};

/**
 * The classification being edited: the stored one, or a draft while a write is on its way or while a U
 * or CC waits for its alternative (an incomplete record is never saved). The note is typed locally and
 * saved when the field is left.
 */
export function useClassificationDraft(
  owner: Owner,
  scheme: ClassificationScheme | null,
  classification: Classification | null,
) {
  const stored = classification ? fieldsOf(classification) : null;
  const [draft, setDraft] = useState<ClassificationFields | null>(null);
  const [note, setNote] = useState(classification?.note ?? '');
  const typingNote = useRef(false);

  // A saved (or undone) classification replaces any unfinished draft.
  useEffect(() => {
    setDraft(null);
    if (!typingNote.current) setNote(classification?.note ?? '');
  }, [classification]);

  const shown = draft ?? stored ?? EMPTY;

  const change: ChangeClassification = (patch, label) => {
    const next = { ...shown, ...patch, note };
    const p = scheme?.primary.find((x) => x.id === next.primary);
    if (!p) return;
    if (p.requiresAlternative && !next.alternative) {
      setDraft(next); // wait for the alternative
      return;
    }
    setDraft(next);
    classify(owner, next, label).catch(() => setDraft(null));
  };

  const choosePrimary = (id: string) => {
    const p = scheme?.primary.find((x) => x.id === id);
    if (!p || id === shown.primary) return;
    const keepSubtype = p.subtypes.some((s) => s.id === shown.subtype);
    change(
      {
        primary: id,
        subtype: keepSubtype ? shown.subtype : null,
        alternative: p.requiresAlternative ? shown.alternative : null,
        secondAlternative: p.requiresAlternative ? shown.secondAlternative : null,
      },
      `Classify as ${id}`,
    );
  };

  const editNote = (text: string) => {
    typingNote.current = true;
    setNote(text);
  };

  const commitNote = () => {
    typingNote.current = false;
    if (note !== shown.note) change({ note }, 'Note on classification');
  };

  const clear = () => {
    setDraft(null);
    if (classification) classify(owner, null, 'Clear classification').catch(ignore);
  };

  return { draft, shown, note, change, choosePrimary, editNote, commitNote, clear };
}
