import { useEffect } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { isPrivilegedRole, type Coder } from '../../shared/api/coder.ts';
import type { Classification } from '../../shared/api/classification.ts';
import type { LossEvent } from '../../shared/api/event.ts';
import type { Memo } from '../../shared/api/memo.ts';
import type { Rating } from '../../shared/api/rating.ts';
import type { CodingStatus, TranscriptStatus } from '../../shared/api/status.ts';
import { errorMessage, send } from '../api/client.ts';
import { trackWrite } from './save-status.ts';
import { statusOf } from './status-index.ts';
import { pushUndo } from './undo-stack.ts';

/**
 * One coder's transcript-level coding of one transcript (ratings, classification, events, memo),
 * shared by the panels that show it. Every action saves through the API (trackWrite: the header's
 * saved indicator) and records an undo entry whose undo and redo also go through the API and update
 * this store, so the panels show the reverted values whichever tab is open.
 */
export interface Owner {
  transcriptId: string;
  coderId: string;
}

export interface CodingData {
  ratings: Rating[];
  classification: Classification | null;
  events: LossEvent[];
  memo: Memo;
}

export type CodingEntry =
  { status: 'loading' } | { status: 'ready'; data: CodingData } | { status: 'failed'; message: string };

interface CodingState {
  /** Per owner (keyOf): a new map on every change, so an unchanged entry keeps its identity. */
  entries: ReadonlyMap<string, CodingEntry>;
  statuses: TranscriptStatus[];
  /** Coders whose status the acting coder sees: themselves, or every coder for leads and trainers. */
  statusCoders: Coder[];
}

const store = createStore<CodingState>(() => ({ entries: new Map(), statuses: [], statusCoders: [] }));
const keyOf = (o: Owner) => `${o.transcriptId}\u0000${o.coderId}`;
const LOADING: CodingEntry = { status: 'loading' };

function setEntry(k: string, entry: CodingEntry): void {
  store.setState((s) => ({ entries: new Map(s.entries).set(k, entry) }));
}

function patch(o: Owner, fn: (d: CodingData) => CodingData): void {
  const e = store.getState().entries.get(keyOf(o));
  if (e?.status !== 'ready') return;
  setEntry(keyOf(o), { status: 'ready', data: fn(e.data) });
}

function current(o: Owner): CodingData | null {
  const e = store.getState().entries.get(keyOf(o));
  return e?.status === 'ready' ? e.data : null;
}

/**
 * Loads in flight, per owner and refresh: the view and its panel ask for the same coding in the same tick
 * (one read serves both); a later refresh (`refreshSeq`) reads again.
 */
const inFlight = new Map<string, Promise<void>>();

export function loadCoding(o: Owner, refreshSeq = 0): Promise<void> {
  const k = keyOf(o);
  const flight = `${k}\u0000${refreshSeq}`;
  const running = inFlight.get(flight);
  if (running) return running;
  const load = readCoding(o, k).finally(() => inFlight.delete(flight));
  inFlight.set(flight, load);
  return load;
}

async function readCoding(o: Owner, k: string): Promise<void> {
  if (!store.getState().entries.has(k)) setEntry(k, LOADING);
  try {
    const [ratings, classification, events, memo] = await Promise.all([
      send('rating-list', o),
      send('classification-get', o),
      send('event-list', o),
      send('memo-get', o),
    ]);
    setEntry(k, { status: 'ready', data: { ratings, classification, events, memo } });
  } catch (e) {
    setEntry(k, { status: 'failed', message: errorMessage(e) });
  }
}

/** The coding of the open transcript, loaded on first use and re-read when `refreshSeq` moves. */
export function useCoding(o: Owner | null, refreshSeq = 0): CodingEntry {
  const k = o ? keyOf(o) : null;
  const entry = useStore(store, (s) => (k ? (s.entries.get(k) ?? LOADING) : LOADING));
  useEffect(() => {
    if (o) void loadCoding(o, refreshSeq);
    // o is identified by k
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [k, refreshSeq]);
  return entry;
}

// ---------- Ratings ----------

function findRating(o: Owner, scaleId: string, target: string): Rating | null {
  return current(o)?.ratings.find((r) => r.scaleId === scaleId && r.target === target) ?? null;
}

function storeRating(o: Owner, scaleId: string, target: string, r: Rating | null): void {
  patch(o, (d) => {
    const rest = d.ratings.filter((x) => !(x.scaleId === scaleId && x.target === target));
    return { ...d, ratings: r ? [...rest, r] : rest };
  });
}

/** Make the stored rating equal `r` (value, not-rateable, note and links), or remove it. */
async function putRating(o: Owner, scaleId: string, target: string, r: Rating | null): Promise<void> {
  const key = { ...o, scaleId, target };
  if (!r) {
    await trackWrite('Clearing the rating', send('rating-clear', key));
    storeRating(o, scaleId, target, null);
    return;
  }
  let saved = await trackWrite(
    'Saving the rating',
    send('rating-set', { ...key, value: r.value, notRateable: r.notRateable, note: r.note }),
  );
  for (const id of saved.links.filter((x) => !r.links.includes(x)))
    saved = await trackWrite(
      'Unlinking the highlight',
      send('rating-link', { ...key, annotationId: id, linked: false }),
    );
  for (const id of r.links.filter((x) => !saved.links.includes(x)))
    saved = await trackWrite('Linking the highlight', send('rating-link', { ...key, annotationId: id, linked: true }));
  storeRating(o, scaleId, target, saved);
}

function recordRating(
  o: Owner,
  scaleId: string,
  target: string,
  label: string,
  before: Rating | null,
  after: Rating | null,
): void {
  pushUndo({
    label,
    undo: () => putRating(o, scaleId, target, before),
    redo: () => putRating(o, scaleId, target, after),
  });
}

/** Rate a scale for a target: a value, "not rateable" (value null), or null to clear the rating. */
export async function rate(
  o: Owner,
  scaleId: string,
  target: string,
  next: { value: number | null; notRateable: boolean } | null,
  label: string,
): Promise<void> {
  const before = findRating(o, scaleId, target);
  if (!next && !before) return;
  if (next && before && before.value === next.value && before.notRateable === next.notRateable) return;
  let after: Rating | null = null;
  if (next) {
    after = await trackWrite(
      'Saving the rating',
      send('rating-set', { ...o, scaleId, target, value: next.value, notRateable: next.notRateable }),
    );
  } else {
    await trackWrite('Clearing the rating', send('rating-clear', { ...o, scaleId, target }));
  }
  storeRating(o, scaleId, target, after);
  recordRating(o, scaleId, target, label, before, after);
}

export async function setRatingNote(
  o: Owner,
  scaleId: string,
  target: string,
  note: string,
  label: string,
): Promise<void> {
  const before = findRating(o, scaleId, target);
  if (!before || before.note === note) return;
  const after = await trackWrite(
    'Saving the rating note',
    send('rating-set', { ...o, scaleId, target, value: before.value, notRateable: before.notRateable, note }),
  );
  storeRating(o, scaleId, target, after);
  recordRating(o, scaleId, target, label, before, after);
}

export async function linkHighlight(
  o: Owner,
  scaleId: string,
  target: string,
  annotationId: string,
  linked: boolean,
  label: string,
): Promise<void> {
  const before = findRating(o, scaleId, target);
  if (!before) return;
  const after = await trackWrite(
    linked ? 'Linking the highlight' : 'Unlinking the highlight',
    send('rating-link', { ...o, scaleId, target, annotationId, linked }),
  );
  storeRating(o, scaleId, target, after);
  recordRating(o, scaleId, target, label, before, after);
}

// ---------- Classification ----------

export type ClassificationFields = Pick<
  Classification,
  'primary' | 'subtype' | 'alternative' | 'secondAlternative' | 'confidence' | 'forced' | 'note'
>;

export function fieldsOf(c: Classification): ClassificationFields {
  return {
    primary: c.primary,
    subtype: c.subtype,
    alternative: c.alternative,
    secondAlternative: c.secondAlternative,
    confidence: c.confidence,
    forced: c.forced,
    note: c.note,
  };
}

async function putClassification(o: Owner, f: ClassificationFields | null): Promise<Classification | null> {
  let saved: Classification | null = null;
  if (f) saved = await trackWrite('Saving the classification', send('classification-set', { ...o, ...f }));
  else await trackWrite('Clearing the classification', send('classification-clear', o));
  patch(o, (d) => ({ ...d, classification: saved }));
  return saved;
}

export async function classify(o: Owner, next: ClassificationFields | null, label: string): Promise<void> {
  const prev = current(o)?.classification ?? null;
  const before = prev ? fieldsOf(prev) : null;
  if (JSON.stringify(before) === JSON.stringify(next)) return;
  await putClassification(o, next);
  pushUndo({
    label,
    undo: async () => void (await putClassification(o, before)),
    redo: async () => void (await putClassification(o, next)),
  });
}

// ---------- Loss and trauma events ----------

export type EventFields = Pick<LossEvent, 'kind' | 'who' | 'speakerAge' | 'note'>;

async function createEventWith(o: Owner, f: EventFields, id?: string): Promise<LossEvent> {
  const ev = await trackWrite('Adding the event', send('event-create', { ...o, ...f, ...(id ? { id } : {}) }));
  patch(o, (d) => ({ ...d, events: [...d.events.filter((e) => e.id !== ev.id), ev] }));
  return ev;
}

async function deleteEventNow(o: Owner, id: string): Promise<void> {
  await trackWrite('Deleting the event', send('event-delete', { id }));
  patch(o, (d) => ({
    ...d,
    events: d.events.filter((e) => e.id !== id),
    ratings: d.ratings.filter((r) => r.target !== `event:${id}`),
  }));
}

async function updateEventNow(o: Owner, id: string, f: Partial<EventFields>): Promise<void> {
  const ev = await trackWrite('Saving the event', send('event-update', { id, ...f }));
  patch(o, (d) => ({ ...d, events: d.events.map((e) => (e.id === id ? ev : e)) }));
}

const eventFields = (e: LossEvent): EventFields => ({
  kind: e.kind,
  who: e.who,
  speakerAge: e.speakerAge,
  note: e.note,
});

export async function addEvent(o: Owner, f: EventFields): Promise<LossEvent> {
  const ev = await createEventWith(o, f);
  pushUndo({
    label: `Add ${f.kind} event`,
    undo: () => deleteEventNow(o, ev.id),
    redo: async () => void (await createEventWith(o, f, ev.id)),
  });
  return ev;
}

export async function updateEvent(o: Owner, id: string, f: Partial<EventFields>): Promise<void> {
  const cur = current(o)?.events.find((e) => e.id === id);
  if (!cur) return;
  // Only the changed fields are sent (and restored): two fields edited in quick succession must not overwrite each other.
  const keys = (Object.keys(f) as (keyof EventFields)[]).filter((k) => f[k] !== undefined && f[k] !== cur[k]);
  if (keys.length === 0) return;
  const before = Object.fromEntries(keys.map((k) => [k, cur[k]])) as Partial<EventFields>;
  const after = Object.fromEntries(keys.map((k) => [k, f[k]])) as Partial<EventFields>;
  await updateEventNow(o, id, after);
  pushUndo({
    label: `Edit ${cur.kind} event`,
    undo: () => updateEventNow(o, id, before),
    redo: () => updateEventNow(o, id, after),
  });
}

/** Deleting an event deletes its ratings; undo puts both back (same event id, same values, notes and links). */
/**
 * Delete an event. The store unlinks its highlights (ON DELETE SET NULL); `linkedHighlights` names them
 * so undo can link them again, along with the event's ratings (and their evidence links).
 */
export async function removeEvent(o: Owner, id: string, linkedHighlights: readonly string[] = []): Promise<void> {
  const data = current(o);
  const ev = data?.events.find((e) => e.id === id);
  if (!data || !ev) return;
  const ratings = data.ratings.filter((r) => r.target === `event:${id}`);
  await deleteEventNow(o, id);
  pushUndo({
    label: `Delete ${ev.kind} event`,
    undo: async () => {
      await createEventWith(o, eventFields(ev), id);
      for (const r of ratings) await putRating(o, r.scaleId, r.target, r);
      for (const annotationId of linkedHighlights)
        await trackWrite(
          'Linking the highlight to its event',
          send('annotation-update', { id: annotationId, eventId: id }),
        );
    },
    redo: () => deleteEventNow(o, id),
  });
}

// ---------- Memo ----------

async function putMemo(o: Owner, text: string): Promise<Memo> {
  const memo = await trackWrite('Saving the memo', send('memo-set', { ...o, text }));
  patch(o, (d) => ({ ...d, memo }));
  return memo;
}

export async function saveMemo(o: Owner, text: string): Promise<Memo | null> {
  const before = current(o)?.memo.text ?? '';
  if (before === text) return null;
  const memo = await putMemo(o, text);
  pushUndo({
    label: 'Edit memo',
    undo: async () => void (await putMemo(o, before)),
    redo: async () => void (await putMemo(o, text)),
  });
  return memo;
}

// ---------- Coding status (per coder, shown in the transcript list) ----------

export async function loadStatuses(acting: Coder): Promise<void> {
  const all = isPrivilegedRole(acting.role);
  const [list, coders] = await Promise.all([
    send('status-list', all ? {} : { coderId: acting.id }),
    all ? send('coder-list', {}) : Promise.resolve([acting]),
  ]);
  store.setState({ statuses: list, statusCoders: coders.filter((c) => c.role !== 'consensus') });
}

export function useStatuses(): TranscriptStatus[] {
  return useStore(store, (s) => s.statuses);
}

export function useStatusCoders(): Coder[] {
  return useStore(store, (s) => s.statusCoders);
}

export { statusOf };

async function putStatus(o: Owner, status: CodingStatus): Promise<void> {
  const saved = await trackWrite('Saving the coding status', send('status-set', { ...o, status }));
  store.setState((st) => ({
    statuses: [...st.statuses.filter((s) => !(s.transcriptId === o.transcriptId && s.coderId === o.coderId)), saved],
  }));
}

export const STATUS_LABELS: Record<CodingStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  complete: 'Complete',
};

export async function setStatus(o: Owner, status: CodingStatus): Promise<void> {
  const before = statusOf(store.getState().statuses, o);
  if (before === status) return;
  await putStatus(o, status);
  pushUndo({
    label: `Mark ${STATUS_LABELS[status].toLowerCase()}`,
    undo: () => putStatus(o, before),
    redo: () => putStatus(o, status),
  });
}
