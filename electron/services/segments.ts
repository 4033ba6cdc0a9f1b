// The Segments view and `attune segments`: every highlight across transcripts that the acting coder may
// see (Access decides per transcript, so blind coding and trainer keys hold here as everywhere).
import type { Segment } from '../../shared/api/segment.ts';
import type { StoredSection } from '../../shared/api/transcript.ts';
import type { ServiceContext } from './context.ts';
import { listSections } from './db/tables/sections.ts';
import { listSegmentRows, type SegmentRow } from './db/tables/segments.ts';
import { ServiceError } from './service-error.ts';

export interface SegmentFilter {
  transcriptIds?: string[] | undefined;
  codeIds?: string[] | undefined;
  groupIds?: string[] | undefined;
  coderIds?: string[] | undefined;
  sections?: (number | null)[] | undefined;
  severities?: (number | null)[] | undefined;
  linkedToEvent?: boolean | undefined;
  eventIds?: string[] | undefined;
  text?: string | undefined;
}

const CONTEXT = 80;

/** Up to CONTEXT characters before `start` / after `end`, cut back to a word boundary. */
export function contextAround(text: string, start: number, end: number): { before: string; after: string } {
  let b = text.slice(Math.max(0, start - CONTEXT), start);
  if (start - CONTEXT > 0) b = b.replace(/^\S*\s/, '');
  let a = text.slice(end, end + CONTEXT);
  if (end + CONTEXT < text.length) a = a.replace(/\s\S*$/, '');
  return { before: b, after: a };
}

/** Start offsets of each line, for a binary search from offset to 1-based line. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

export function lineOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

const sectionAt = (sections: StoredSection[], offset: number) =>
  sections.find((s) => s.start <= offset && offset < s.end) ?? null;

function eventLabel(r: SegmentRow): string | null {
  if (!r.event_id || !r.event_kind) return null;
  const who = r.event_who?.trim();
  const age = r.event_age?.trim();
  return [r.event_kind, who ? `: ${who}` : '', age ? `, age ${age}` : ''].join('');
}

function keep(f: SegmentFilter, s: Segment): boolean {
  if (f.codeIds && !f.codeIds.includes(s.codeId)) return false;
  if (f.groupIds && !(s.groupId !== null && f.groupIds.includes(s.groupId))) return false;
  if (f.coderIds && !f.coderIds.includes(s.coderId)) return false;
  if (f.sections && !f.sections.includes(s.section)) return false;
  if (f.severities && !f.severities.includes(s.severity)) return false;
  if (f.linkedToEvent !== undefined && (s.eventId !== null) !== f.linkedToEvent) return false;
  if (f.eventIds && !(s.eventId !== null && f.eventIds.includes(s.eventId))) return false;
  if (f.text) {
    const q = f.text.toLocaleLowerCase();
    if (!s.text.toLocaleLowerCase().includes(q) && !s.note.toLocaleLowerCase().includes(q)) return false;
  }
  return true;
}

export function listSegments(ctx: ServiceContext, f: SegmentFilter): Segment[] {
  const { project: store, access } = ctx;
  // With no identity there is nobody's own work to show: say so rather than answer an empty list.
  if (!access.coder && access.isBlindEverywhere())
    throw new ServiceError('refused', 'blind coding is on: choose your coder identity first');
  const all = store.listTranscripts();
  const transcripts = f.transcriptIds
    ? f.transcriptIds.map((id) => {
        const t = all.find((x) => x.id === id);
        if (!t) throw new ServiceError('not-found', `no transcript with id ${id}`);
        return t;
      })
    : all;
  const coders = new Map(store.listCoders().map((c) => [c.id, c]));
  for (const id of f.coderIds ?? []) if (!coders.has(id)) throw new ServiceError('not-found', `no coder with id ${id}`);
  const codebook = store.activeCodebook().codebook;
  const codes = new Map(codebook.codes.map((c) => [c.id, c]));
  for (const id of f.codeIds ?? [])
    if (!codes.has(id)) throw new ServiceError('not-found', `no code "${id}" in the active codebook`);
  for (const id of f.groupIds ?? [])
    if (!codebook.groups.some((g) => g.id === id))
      throw new ServiceError('not-found', `no code group "${id}" in the active codebook`);
  const out: Segment[] = [];
  for (const t of transcripts) {
    const visible = new Set(access.visibleCoderIds(t.id));
    const name = (id: string) => coders.get(id)?.name ?? id;
    // Text order; coders of one passage by name, so a passage's readings sit together in a stable order.
    const rows = listSegmentRows(store.db, { transcriptId: t.id })
      .filter((r) => visible.has(r.coder_id))
      .sort(
        (a, b) =>
          a.start_offset - b.start_offset ||
          a.end_offset - b.end_offset ||
          name(a.coder_id).localeCompare(name(b.coder_id)),
      );
    if (rows.length === 0) continue;
    const full = store.getTranscript(t.id);
    const participant = access.visibleMetadata(full.metadata).participantCode?.trim() || null;
    const sections = listSections(store.db, { transcriptId: t.id });
    const starts = lineStarts(full.text);
    for (const r of rows) {
      const code = codes.get(r.code_id);
      const section = sectionAt(sections, r.start_offset);
      const seg: Segment = {
        annotationId: r.id,
        transcriptId: t.id,
        title: t.title,
        participant,
        coderId: r.coder_id,
        coder: name(r.coder_id),
        codeId: r.code_id,
        codeLabel: code?.label ?? r.code_id,
        groupId: code?.group ?? null,
        color: code?.color ?? null,
        start: r.start_offset,
        end: r.end_offset,
        line: lineOf(starts, r.start_offset),
        section: section?.number ?? null,
        sectionTitle: section ? section.title || null : null,
        text: full.text.slice(r.start_offset, r.end_offset),
        ...contextAround(full.text, r.start_offset, r.end_offset),
        note: r.note,
        severity: r.severity,
        eventId: r.event_id,
        event: eventLabel(r),
      };
      if (keep(f, seg)) out.push(seg);
    }
  }
  return out;
}
