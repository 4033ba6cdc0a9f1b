import { useMemo, useState } from 'react';
import type { Annotation } from '../../../../shared/api/annotation.ts';
import { stepFrom, type highlightActions } from '../../highlights/index.ts';
import type { EditorControl } from './use-editor-control.ts';

type Actions = ReturnType<typeof highlightActions>;

interface Deps {
  annotations: Annotation[];
  /** Codes the filter hides: their highlights are skipped when stepping. */
  hiddenCodes: ReadonlySet<string>;
  /** Where stepping starts without an open highlight (the caret). */
  caret: () => number;
  actions: Actions;
  view: EditorControl;
  setNotice: (notice: string) => void;
  /** A pending highlight's saved id once its save has returned (else the id itself). */
  savedIdOf?: (id: string) => string;
}

/**
 * The highlights open in the details panel (clicked, stepped to, or under the caret at Enter), and
 * what can be done to them there: note, code, delete.
 */
export function useOpenHighlights({ annotations, hiddenCodes, caret, actions, view, setNotice, savedIdOf }: Deps) {
  const [activeIds, setActiveIds] = useState<string[]>([]);
  const activeSet = useMemo(() => new Set(activeIds), [activeIds]);
  const activeAnnotations = useMemo(
    () => activeIds.map((id) => annotations.find((a) => a.id === id)).filter((a): a is Annotation => a !== undefined),
    [activeIds, annotations],
  );
  /** The one open highlight (boundary keys, handles and code changes act on it). */
  const openOne = activeIds.length >= 1 ? annotations.find((a) => a.id === activeIds[0]) : undefined;

  /** Open a highlight: details panel, its passage selected and scrolled into view, focus in the text. */
  const showHighlight = (a: { id: string; start: number; end: number }) => {
    setActiveIds([a.id]);
    view.showPassage(a);
  };
  const stepHighlight = (direction: 1 | -1, from = caret()) => {
    const visible = annotations.filter((a) => !hiddenCodes.has(a.codeId));
    const next = stepFrom(visible, from, direction, activeIds.length === 1 ? activeIds[0] : undefined);
    if (next) showHighlight(next);
    else setNotice('No highlights to move to.');
  };
  const saveNote = async (id: string, note: string) => {
    const before = annotations.find((a) => a.id === id);
    if (before) await actions.update(before, { note }, 'Edit note');
  };
  const deleteAnnotation = async (id: string) => {
    const before = annotations.find((a) => a.id === id);
    if (!before) return;
    try {
      await actions.deleteOne(before);
    } catch {
      return;
    }
    setActiveIds((ids) => ids.filter((x) => x !== id));
    // The Delete button is gone: give focus back to the text rather than to the page.
    view.focus();
  };
  const changeCode = (codeId: string) => {
    if (!openOne || openOne.codeId === codeId) return;
    void actions.update(openOne, { codeId }, 'Change code').catch(() => {});
  };
  const openIds = (ids: string[]) => {
    const open = savedIdOf ? ids.map(savedIdOf) : ids;
    setActiveIds((current) => (current.length === 0 && open.length === 0 ? current : open));
  };
  const close = () => setActiveIds((current) => (current.length === 0 ? current : []));
  /** A highlight clicked while its save was on the way stays open once it is saved (its id changes then). */
  const followSaved = (pendingId: string, savedId: string) =>
    setActiveIds((current) =>
      current.includes(pendingId) ? current.map((x) => (x === pendingId ? savedId : x)) : current,
    );

  return {
    activeIds,
    activeSet,
    activeAnnotations,
    openOne,
    showHighlight,
    stepHighlight,
    saveNote,
    deleteAnnotation,
    changeCode,
    openIds,
    close,
    followSaved,
  };
}
