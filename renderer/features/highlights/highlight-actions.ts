import type { Dispatch, RefObject, SetStateAction } from 'react';
import type { Annotation } from '../../../shared/api/annotation.ts';
import { send } from '../../api/client.ts';
import { trackWrite } from '../../state/save-status.ts';
import { pushUndo } from '../../state/undo-stack.ts';

interface Deps {
  setAnnotations: Dispatch<SetStateAction<Annotation[]>>;
  /** The transcript on screen now: results for another one are not painted. */
  shownId: RefObject<string | null>;
  /** A highlight was added (1) or removed (-1) on a transcript, which may not be the one on screen: its count changes. */
  afterChange: (transcriptId: string, delta: 1 | -1) => void;
}

const restoreArgs = (a: Annotation) => ({
  id: a.id,
  transcriptId: a.transcriptId,
  coderId: a.coderId,
  codebookKey: a.codebookKey,
  codeId: a.codeId,
  start: a.start,
  end: a.end,
  note: a.note,
  severity: a.severity,
  eventId: a.eventId,
  createdAt: a.createdAt,
  updatedAt: a.updatedAt,
});

export type AnnotationPatch = Partial<Pick<Annotation, 'note' | 'codeId' | 'start' | 'end' | 'severity' | 'eventId'>>;

/**
 * Highlight writes with undo: each saves through the API at once (the header's saved indicator) and
 * records an entry in the one coding history, whose undo and redo are API writes too. A deleted
 * highlight comes back with the same id ('annotation-restore'); a created one is deleted again.
 */
export function highlightActions({ setAnnotations, shownId, afterChange }: Deps) {
  const put = (a: Annotation) => {
    if (a.transcriptId !== shownId.current) return;
    setAnnotations((list) =>
      list.some((x) => x.id === a.id) ? list.map((x) => (x.id === a.id ? a : x)) : [...list, a],
    );
  };
  const drop = (id: string) => setAnnotations((list) => list.filter((x) => x.id !== id));

  const restore = async (a: Annotation, what: string) => {
    const back = await trackWrite(what, send('annotation-restore', restoreArgs(a)));
    put(back);
    afterChange(a.transcriptId, 1);
  };
  const remove = async (a: Annotation, what: string) => {
    await trackWrite(what, send('annotation-delete', { id: a.id }));
    drop(a.id);
    afterChange(a.transcriptId, -1);
  };

  /** Record a highlight that was just created (its create call resolved). */
  const created = (a: Annotation) => {
    afterChange(a.transcriptId, 1);
    pushUndo({
      label: 'Add highlight',
      undo: () => remove(a, 'Undoing the highlight'),
      redo: () => restore(a, 'Redoing the highlight'),
    });
  };

  const deleteOne = async (a: Annotation) => {
    await trackWrite('Deleting the highlight', send('annotation-delete', { id: a.id }));
    drop(a.id);
    afterChange(a.transcriptId, -1);
    pushUndo({
      label: 'Delete highlight',
      undo: () => restore(a, 'Restoring the highlight'),
      redo: () => remove(a, 'Deleting the highlight again'),
    });
  };

  /** Change note, code or boundaries; undo puts the previous values back. */
  const update = async (before: Annotation, patch: AnnotationPatch, label: string) => {
    const old: AnnotationPatch = {};
    for (const k of Object.keys(patch) as (keyof AnnotationPatch)[]) (old as Record<string, unknown>)[k] = before[k];
    const after = await trackWrite(label, send('annotation-update', { id: before.id, ...patch }));
    put(after);
    pushUndo({
      label,
      undo: async () =>
        put(await trackWrite(`Undoing: ${label}`, send('annotation-update', { id: before.id, ...old }))),
      redo: async () =>
        put(await trackWrite(`Redoing: ${label}`, send('annotation-update', { id: before.id, ...patch }))),
    });
    return after;
  };

  return { created, deleteOne, update };
}

/** The next (direction 1) or previous (-1) highlight from an offset, wrapping around; null when there is none. */
export function stepFrom<T extends { id: string; start: number; end: number }>(
  list: readonly T[],
  from: number,
  direction: 1 | -1,
  currentId?: string,
): T | null {
  if (list.length === 0) return null;
  const sorted = [...list].sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : 1));
  const at = currentId ? sorted.findIndex((s) => s.id === currentId) : -1;
  if (at !== -1) return sorted[(at + direction + sorted.length) % sorted.length]!;
  if (direction === 1) return sorted.find((s) => s.start >= from) ?? sorted[0]!;
  for (let i = sorted.length - 1; i >= 0; i--) if (sorted[i]!.start < from) return sorted[i]!;
  return sorted[sorted.length - 1]!;
}

/** Move one boundary by `delta` characters, keeping at least one character and staying in the text. */
export function movedBoundary(
  a: { start: number; end: number },
  edge: 'start' | 'end',
  to: number,
  textLength: number,
): { start: number; end: number } {
  if (edge === 'start') return { start: Math.max(0, Math.min(to, a.end - 1)), end: a.end };
  return { start: a.start, end: Math.min(textLength, Math.max(to, a.start + 1)) };
}

/** A change to the event link and severity of a highlight (unresolved indicators name an event; severity is 1–3). */
export type EventLinkPatch = Partial<Pick<Annotation, 'eventId' | 'severity'>>;

/**
 * The undo label for changing a highlight's event link or severity ("Link highlight to Loss:
 * grandmother", "Severity 2", "Clear severity"), so the toast and the Undo button say what they undo.
 */
export function eventLinkLabel(patch: EventLinkPatch, eventName: (eventId: string) => string): string {
  const parts: string[] = [];
  if (patch.eventId !== undefined)
    parts.push(
      patch.eventId === null ? 'Unlink highlight from its event' : `Link highlight to ${eventName(patch.eventId)}`,
    );
  if (patch.severity !== undefined)
    parts.push(patch.severity === null ? 'Clear severity' : `Severity ${patch.severity}`);
  return parts.join(', ') || 'Change highlight';
}

/** Highlights linked to each event, in reading order (the score sheet counts them and steps through them). */
export function highlightsByEvent<T extends { id: string; start: number; end: number; eventId: string | null }>(
  list: readonly T[],
): Map<string, T[]> {
  const byEvent = new Map<string, T[]>();
  for (const a of list) {
    if (!a.eventId) continue;
    const group = byEvent.get(a.eventId);
    if (group) group.push(a);
    else byEvent.set(a.eventId, [a]);
  }
  for (const group of byEvent.values())
    group.sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : 1));
  return byEvent;
}
