import { useEffect, useRef, type Dispatch, type SetStateAction } from 'react';
import type { Annotation } from '../../../../shared/api/annotation.ts';

/**
 * A deleted loss/trauma event unlinks its highlights in the store (ON DELETE SET NULL): show them
 * unlinked too. Undo of the delete links them again (coding-data's removeEvent), so remember which they were.
 */
export function useEventUnlinks(
  events: readonly { id: string }[] | null,
  annotations: Annotation[],
  setAnnotations: Dispatch<SetStateAction<Annotation[]>>,
): void {
  const eventIds = useRef<Set<string> | null>(null);
  const unlinkedByEvent = useRef(new Map<string, string[]>());
  const annotationsNow = useRef(annotations);
  useEffect(() => {
    annotationsNow.current = annotations;
  });
  useEffect(() => {
    const before = eventIds.current;
    eventIds.current = events ? new Set(events.map((e) => e.id)) : null;
    if (!before || !eventIds.current) return;
    const now = eventIds.current;
    const gone = [...before].filter((id) => !now.has(id));
    const back = [...now].filter((id) => !before.has(id) && unlinkedByEvent.current.has(id));
    if (gone.length === 0 && back.length === 0) return;
    for (const id of gone)
      unlinkedByEvent.current.set(
        id,
        annotationsNow.current.filter((a) => a.eventId === id).map((a) => a.id),
      );
    const relink = new Map(back.flatMap((id) => (unlinkedByEvent.current.get(id) ?? []).map((a) => [a, id] as const)));
    for (const id of back) unlinkedByEvent.current.delete(id);
    // The updater stays pure (React may call it twice); the bookkeeping above ran once.
    setAnnotations((list) =>
      list.map((a) =>
        a.eventId && gone.includes(a.eventId)
          ? { ...a, eventId: null }
          : relink.has(a.id)
            ? { ...a, eventId: relink.get(a.id) ?? null }
            : a,
      ),
    );
  }, [events, setAnnotations]);
}
