import type { LossEvent } from '../../../shared/api/event.ts';
import type { Rating } from '../../../shared/api/rating.ts';
import type { Scale, ScaleTarget } from '../../../shared/codebook/codebook-schema.ts';

/**
 * Pure helpers for the score sheet. Scales, their groups, targets, range and step all come from
 * the codebook's data, so a lab's own scales lay out the same way.
 */

export type ColumnTarget = Exclude<ScaleTarget, 'event'>;
const COLUMN_ORDER: ColumnTarget[] = ['mother', 'father', 'other', 'transcript'];
export const TARGET_LABELS: Record<ScaleTarget, string> = {
  mother: 'Mother',
  father: 'Father',
  other: 'Other figure',
  transcript: 'Transcript',
  event: 'Event',
};

export interface ScaleGroupView {
  name: string;
  /** Scales rated per parent, figure or transcript, laid out in `columns`. */
  scales: Scale[];
  columns: ColumnTarget[];
  /** Scales rated per loss/trauma event (one row per event, then the reported value). */
  eventScales: Scale[];
}

/** Groups in codebook order; each group's columns are the targets its scales use. */
/** Archived scales are left out unless this coder already rated them (`rated`: scale ids). */
export function groupScales(scales: readonly Scale[], rated: ReadonlySet<string> = new Set()): ScaleGroupView[] {
  const groups: ScaleGroupView[] = [];
  for (const s of scales) {
    if (s.archived && !rated.has(s.id)) continue;
    let g = groups.find((x) => x.name === s.group);
    if (!g) {
      g = { name: s.group, scales: [], columns: [], eventScales: [] };
      groups.push(g);
    }
    if (s.targets.includes('event')) g.eventScales.push(s);
    if (s.targets.some((t) => t !== 'event')) g.scales.push(s);
  }
  for (const g of groups) g.columns = COLUMN_ORDER.filter((c) => g.scales.some((s) => s.targets.includes(c)));
  return groups;
}

export const eventTarget = (eventId: string) => `event:${eventId}`;

export function formatValue(v: number): string {
  return Number.isInteger(v) ? String(v) : String(Math.round(v * 100) / 100);
}

/** Every value the scale accepts, from min to max in steps. */
export function scalePoints(scale: Pick<Scale, 'min' | 'max' | 'step'>): number[] {
  const n = Math.floor((scale.max - scale.min) / scale.step + 1e-9);
  return Array.from({ length: Math.min(n, 200) + 1 }, (_, i) => Math.round((scale.min + i * scale.step) * 1e6) / 1e6);
}

export type RatingInput =
  { kind: 'value'; value: number } | { kind: 'not-rateable' } | { kind: 'clear' } | { kind: 'error'; message: string };

/** What a coder typed in a rating field: "4.5" (or "4,5"), N/NR for not rateable, nothing to clear. */
export function parseRatingInput(
  text: string,
  scale: Pick<Scale, 'min' | 'max' | 'step' | 'notRateableAllowed'>,
): RatingInput {
  const t = text.trim().toLowerCase();
  const range = `${formatValue(scale.min)} to ${formatValue(scale.max)} in steps of ${formatValue(scale.step)}`;
  if (t === '') return { kind: 'clear' };
  if (/^(n|nr|n\/r|not rateable|x)$/.test(t)) {
    return scale.notRateableAllowed
      ? { kind: 'not-rateable' }
      : { kind: 'error', message: 'This scale cannot be marked not rateable.' };
  }
  if (!/^\d+([.,]\d+)?$/.test(t))
    return {
      kind: 'error',
      message: `Type a number from ${range}${scale.notRateableAllowed ? ', or N for not rateable' : ''}.`,
    };
  const value = Number(t.replace(',', '.'));
  if (value < scale.min || value > scale.max)
    return { kind: 'error', message: `${formatValue(value)} is outside the scale: type a number from ${range}.` };
  const steps = (value - scale.min) / scale.step;
  if (Math.abs(steps - Math.round(steps)) > 1e-9)
    return { kind: 'error', message: `${formatValue(value)} is between steps: type a number from ${range}.` };
  return { kind: 'value', value };
}

/** One step up or down (arrow keys), clamped; from no value, up starts at the bottom and down at the top. */
export function stepValue(value: number | null, scale: Pick<Scale, 'min' | 'max' | 'step'>, delta: number): number {
  if (value === null) return delta > 0 ? scale.min : scale.max;
  const next = Math.round((value + delta * scale.step) * 1e6) / 1e6;
  return Math.min(scale.max, Math.max(scale.min, next));
}

/** What a rating field's input saves: a value, not rateable, or nothing (cleared); never called for an error. */
export function ratingFromInput(
  input: Exclude<RatingInput, { kind: 'error' }>,
): { value: number | null; notRateable: boolean } | null {
  if (input.kind === 'clear') return null;
  if (input.kind === 'not-rateable') return { value: null, notRateable: true };
  return { value: input.value, notRateable: false };
}

export function ratingText(r: Pick<Rating, 'value' | 'notRateable'> | null | undefined): string {
  if (!r) return '';
  if (r.notRateable) return 'NR';
  return r.value === null ? '' : formatValue(r.value);
}

export interface Reported {
  value: number | null;
  notRateable: boolean;
  /** The event whose rating is reported (the highest), if any. */
  eventId: string | null;
}

/**
 * The reported value of an event scale (aggregate "max"): the highest rating over the events;
 * "not rateable" only when every rated event is; null when no event is rated.
 */
export function reportedValue(
  scale: Pick<Scale, 'id'>,
  ratings: readonly Rating[],
  events: readonly LossEvent[],
): Reported | null {
  let best: Reported | null = null;
  for (const ev of events) {
    const r = ratings.find((x) => x.scaleId === scale.id && x.target === eventTarget(ev.id));
    if (!r) continue;
    if (r.value !== null) {
      if (best === null || best.value === null || r.value > best.value)
        best = { value: r.value, notRateable: false, eventId: ev.id };
    } else if (best === null) best = { value: null, notRateable: true, eventId: null };
  }
  return best;
}

export function eventLabel(ev: Pick<LossEvent, 'kind' | 'who' | 'speakerAge'>, index: number): string {
  const kind = ev.kind === 'loss' ? 'Loss' : 'Trauma';
  const who = ev.who.trim() ? `: ${ev.who.trim()}` : ` ${index + 1}`;
  const age = ev.speakerAge.trim() ? ` (age ${ev.speakerAge.trim()})` : '';
  return `${kind}${who}${age}`;
}

/** A rating target as the sheet names it: "Mother", or the event's label ("Deleted event" once it is gone). */
export function targetLabel(target: string, events: readonly LossEvent[]): string {
  if (!target.startsWith('event:')) return TARGET_LABELS[target as keyof typeof TARGET_LABELS] ?? target;
  const i = events.findIndex((e) => e.id === target.slice(6));
  const ev = events[i];
  return ev ? eventLabel(ev, i) : 'Deleted event';
}

/** How many highlights are linked as evidence to a scale's ratings, over all its targets. */
export function linkCount(scaleId: string, ratings: readonly Rating[]): number {
  return ratings.filter((r) => r.scaleId === scaleId).reduce((n, r) => n + r.links.length, 0);
}

/** One line of a passage for chips and pickers. */
export function excerpt(text: string, max = 70): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? one.slice(0, max - 1).trimEnd() + '…' : one;
}
