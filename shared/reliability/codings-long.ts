// The long codings CSV, one transcript at a time, so the export streams: the service reads one
// transcript's codings, turns them into lines here and writes them before reading the next.
import { deriveLevel } from '../codebook/classification.ts';
import type { ClassificationScheme } from '../codebook/codebook-schema.ts';
import { line } from './codings-csv.ts';
import type { ColumnStats } from './codings-spss.ts';
import { formatClassification } from './common.ts';
import type { ProjectAgreementInput } from './types.ts';

/** The long layout's columns, in order (README: "The long codings CSV"). */
export const LONG_COLUMNS = [
  'transcript_id', // Attune's transcript id
  'transcript', // title
  'participant', // participant code from the transcript's metadata; NA when absent or hidden from the acting coder
  'coder_id',
  'coder', // coder name
  'role', // coder, lead, trainer, trainee or consensus
  'kind', // classification | level | scale | span (| memo | status with --include)
  'item', // classification: classification/primary/subtype/alternative; level: level id; scale: scale id; span: code id; memo: transcript/code/project; status: status
  'target', // scale: mother | father | other | transcript | event:<id>; code memo: the code id; otherwise NA
  'value', // text value (label, classification, number as text, status); NA when missing or not rateable
  'numeric', // scale value as a number; NA otherwise
  'not_rateable', // scale: 1 when marked not rateable, else 0; NA for other kinds
  'start', // span: start offset (UTF-16 code units, half-open); NA otherwise
  'end', // span: end offset; NA otherwise
  'severity', // span: the highlight's severity; NA otherwise
  'note', // span: the highlight's note; classification row: the classification's note; memo: the memo's text
  'event_key', // event ratings and event-linked spans: matches the same loss across coders (kind:who)
  'event_kind', // loss | trauma
  'event_who', // whom the event concerns, as the coder wrote it
  'event_age', // the speaker's age at the event, as the coder wrote it
  'confidence', // classification rows: the coder's confidence (0 to 1); NA when not given or for other kinds
  'forced', // classification rows: 1 when the classification was forced, else 0
  'submitted_at', // status rows: when the coder submitted (ISO 8601); NA otherwise
] as const;

export type LongColumn = (typeof LONG_COLUMNS)[number];
/** Columns SPSS reads as numbers (the rest are text). */
export const LONG_NUMERIC = new Set<LongColumn>([
  'numeric',
  'not_rateable',
  'start',
  'end',
  'severity',
  'confidence',
  'forced',
]);

export type LongInclude = 'memos' | 'status';

export interface LongEvent {
  id: string;
  kind: string;
  who: string;
  speakerAge: string;
  createdAt: string;
}

export interface LongCoderData {
  coder: { id: string; name: string; role?: string | undefined };
  annotations: ReadonlyArray<{
    codeId: string;
    start: number;
    end: number;
    note: string;
    severity: number | null;
    eventId: string | null;
  }>;
  ratings: ReadonlyArray<{ scaleId: string; target: string; value: number | null; notRateable: boolean }>;
  events: readonly LongEvent[];
  classification: {
    primary: string;
    subtype: string | null;
    alternative: string | null;
    confidence: number | null;
    forced: boolean;
    note: string;
  } | null;
  status?: { status: string; submittedAt: string | null } | undefined;
  memo?: string | undefined;
}

export interface LongTranscript {
  id: string;
  title: string;
  participant: string | null;
}

type Cell = string | number | null;
type Row = Partial<Record<LongColumn, Cell>>;

const cells = (r: Row) => LONG_COLUMNS.map((c) => r[c] ?? null);
const BASE_COLUMNS = 6;
const REST_COLUMNS = LONG_COLUMNS.slice(BASE_COLUMNS);
const toLine = (r: Row, stats?: ColumnStats) => {
  const c = cells(r);
  stats?.observe(c);
  return line(c);
};

export const longHeader = () => line([...LONG_COLUMNS]);

// Words that say whose relative the person was, not who they were ("my grandmother" = "grandmother").
const DROPPED = new Set(['my', 'his', 'her', 'their', 'the', 'a', 'an', 'our', 's']);

/**
 * The part of an event key that names the person: Unicode-folded, lower case, punctuation and
 * possessive or article words dropped ("My Grand-mother" → "grand mother"). Limits: different words
 * for one person ("grandma", "grandmother"; "maternal grandmother") stay different keys.
 */
export function normaliseWho(who: string): string {
  const words = who
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !DROPPED.has(w));
  return words.join(' ') || 'unnamed';
}

/**
 * Each of one coder's events keyed `kind:who` (normalised). A coder's second event with the same
 * kind and who (two uncles) gets `#2`, in the order the events were recorded, so keys stay unique
 * within a coder and pair up across coders who recorded them in the same order.
 */
export function eventKeys(events: readonly LongEvent[]): Map<string, string> {
  const seen = new Map<string, number>();
  const out = new Map<string, string>();
  // A stable sort: events recorded in the same millisecond keep the order they were listed (recorded) in.
  const ordered = [...events].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  for (const e of ordered) {
    const base = `${e.kind}:${normaliseWho(e.who)}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    out.set(e.id, n === 1 ? base : `${base}#${n}`);
  }
  return out;
}

function eventCells(e: LongEvent | undefined, keys: Map<string, string>): Row {
  if (!e) return {};
  return { event_key: keys.get(e.id) ?? null, event_kind: e.kind, event_who: e.who, event_age: e.speakerAge };
}

/** One coder's rows of one transcript: classification, levels, scales, spans (text order), then status and memo. */
function coderRows(
  scheme: ClassificationScheme | null,
  t: LongTranscript,
  d: LongCoderData,
  include: ReadonlySet<LongInclude>,
  stats: ColumnStats | undefined,
): string[] {
  // The first six cells are the same on every row of this coder: written and measured once.
  const baseCells = [t.id, t.title, t.participant, d.coder.id, d.coder.name, d.coder.role ?? null];
  stats?.observe(baseCells);
  const prefix = line(baseCells);
  const base: Row = {};
  const out: string[] = [];
  const emitCells = (rest: Cell[]) => {
    stats?.observe(rest, BASE_COLUMNS);
    out.push(`${prefix},${line(rest)}`);
  };
  const emit = (r: Row) => emitCells(REST_COLUMNS.map((c) => r[c] ?? null));
  const k = d.classification;
  if (k) {
    const extra: Row = { confidence: k.confidence, forced: k.forced ? 1 : 0 };
    (
      [
        {
          ...base,
          kind: 'classification',
          item: 'classification',
          value: formatClassification(k),
          ...extra,
          note: k.note || null,
        },
        { ...base, kind: 'classification', item: 'primary', value: k.primary, ...extra },
        { ...base, kind: 'classification', item: 'subtype', value: k.subtype, ...extra },
        { ...base, kind: 'classification', item: 'alternative', value: k.alternative, ...extra },
      ] as Row[]
    ).forEach(emit);
    for (const l of scheme?.levels ?? [])
      emit({ ...base, kind: 'level', item: l.id, value: deriveLevel(scheme!, l.id, k).label });
  }
  const events = new Map(d.events.map((e) => [e.id, e]));
  const keys = eventKeys(d.events);
  // Scales in the order given, each scale's event targets in the order of their keys (recording order).
  const targetKey = (t: string) => (t.startsWith('event:') ? `~${keys.get(t.slice(6)) ?? t}` : t);
  const scaleOrder = new Map<string, number>();
  for (const r of d.ratings) if (!scaleOrder.has(r.scaleId)) scaleOrder.set(r.scaleId, scaleOrder.size);
  const ratings = [...d.ratings].sort(
    (a, b) =>
      scaleOrder.get(a.scaleId)! - scaleOrder.get(b.scaleId)! || targetKey(a.target).localeCompare(targetKey(b.target)),
  );
  for (const r of ratings) {
    const value = r.notRateable ? null : r.value;
    const ev = r.target.startsWith('event:') ? events.get(r.target.slice('event:'.length)) : undefined;
    emit({
      ...base,
      kind: 'scale',
      item: r.scaleId,
      target: r.target,
      value: value === null ? null : String(value),
      numeric: value,
      not_rateable: r.notRateable ? 1 : 0,
      ...eventCells(ev, keys),
    });
  }
  const spans = [...d.annotations].sort((a, b) => a.start - b.start || a.end - b.end);
  for (const a of spans) {
    // The bulk of every export: cells written in column order, no intermediate objects.
    const ev = a.eventId ? events.get(a.eventId) : undefined;
    emitCells([
      'span',
      a.codeId,
      null,
      a.codeId,
      null,
      null,
      a.start,
      a.end,
      a.severity,
      a.note || null,
      ev ? (keys.get(ev.id) ?? null) : null,
      ev?.kind ?? null,
      ev?.who ?? null,
      ev?.speakerAge ?? null,
      null,
      null,
      null,
    ]);
  }
  if (include.has('status') && d.status)
    emit({ ...base, kind: 'status', item: 'status', value: d.status.status, submitted_at: d.status.submittedAt });
  if (include.has('memos') && d.memo) emit({ ...base, kind: 'memo', item: 'transcript', note: d.memo });
  return out;
}

/** Every row of one transcript, coders in the order given. */
export function longTranscriptRows(
  scheme: ClassificationScheme | null,
  t: LongTranscript,
  coders: readonly LongCoderData[],
  include: ReadonlySet<LongInclude> = new Set(),
  stats?: ColumnStats,
): string[] {
  return coders.flatMap((d) => coderRows(scheme, t, d, include, stats));
}

/** The project memo and code memos (with --include memos): no transcript or coder. */
export function sharedMemoRows(
  memos: ReadonlyArray<{ scope: 'project' | 'code'; codeId: string | null; text: string }>,
  stats?: ColumnStats,
): string[] {
  return memos
    .filter((m) => m.text)
    .map((m) => toLine({ kind: 'memo', item: m.scope, target: m.codeId, note: m.text }, stats));
}

/** The whole long CSV of an agreement input in one string (small inputs and tests; the service streams). */
export function codingsCsvLong(input: ProjectAgreementInput): string {
  const lines = [longHeader()];
  for (const t of input.transcripts) {
    const coders: LongCoderData[] = input.coders.map((c) => {
      const mine = <T extends { transcriptId: string; coderId: string }>(xs: readonly T[]) =>
        xs.filter((x) => x.transcriptId === t.id && x.coderId === c.id);
      const k = mine(input.classifications)[0];
      return {
        coder: c,
        annotations: mine(input.annotations).map((a) => ({ ...a, note: '', severity: null, eventId: null })),
        ratings: mine(input.ratings),
        events: [],
        classification: k ? { ...k, confidence: null, forced: false, note: '' } : null,
      };
    });
    lines.push(
      ...longTranscriptRows(input.codebook.classification, { ...t, participant: t.participant ?? null }, coders),
    );
  }
  return `${lines.join('\n')}\n`;
}
