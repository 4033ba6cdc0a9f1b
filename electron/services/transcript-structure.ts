import { randomUUID } from 'node:crypto';
import type { SectionInfo, StoredSection, TranscriptStructure } from '../../shared/api/transcript.ts';
import { detectMarks } from '../../shared/transcript/marks.ts';
import { DEFAULT_SPEAKER_PATTERNS, detectTurns, type SpeakerPattern } from '../../shared/transcript/turns.ts';
import * as sections from './db/tables/sections.ts';
import * as transcripts from './db/tables/transcripts.ts';
import type { DecodeFormat } from './import/decode.ts';
import type { ProjectStore } from './project-store.ts';
import { ServiceError } from './service-error.ts';

/** What is stored in transcripts.structure: enough to find the same turns again, identically. */
export interface StoredStructure {
  version: 1;
  speakerPatterns: SpeakerPattern[];
  extraLabels: string[];
  format: DecodeFormat | 'text';
  encoding: string | null;
}

export function readStructure(store: ProjectStore, transcriptId: string): StoredStructure {
  const stored = transcripts.getTranscriptStructure(store.db, { id: transcriptId });
  if (!stored) throw new ServiceError('not-found', `no transcript with id ${transcriptId}`);
  const s = stored as Partial<StoredStructure>;
  // Transcripts imported as plain text (transcript-import-text) have no stored structure: defaults.
  return {
    version: 1,
    speakerPatterns: s.speakerPatterns ?? DEFAULT_SPEAKER_PATTERNS,
    extraLabels: s.extraLabels ?? [],
    format: s.format ?? 'text',
    encoding: s.encoding ?? null,
  };
}

export function listSections(store: ProjectStore, transcriptId: string): StoredSection[] {
  return sections.listSections(store.db, { transcriptId });
}

/** Turns, sections and marks, found again from the text the way it was read at import. */
export function transcriptStructure(store: ProjectStore, id: string): TranscriptStructure {
  const text = store.transcriptText(id);
  const s = readStructure(store, id);
  const turns = detectTurns(text, s.speakerPatterns, { extraLabels: s.extraLabels });
  const marks = detectMarks(text, { labels: [...s.speakerPatterns.map((p) => p.label), ...s.extraLabels] });
  return {
    turns: turns.map((t) => ({
      start: t.start,
      end: t.end,
      labelStart: t.labelStart,
      labelEnd: t.labelEnd,
      speaker: t.speaker,
      role: t.role,
    })),
    sections: listSections(store, id),
    marks: marks.map((m) => ({ start: m.start, end: m.end, kind: m.kind, text: m.text })),
    speakerPatterns: s.speakerPatterns,
    extraLabels: s.extraLabels,
  };
}

/** Stores a section under a new id (the caller holds the transaction and has checked it). */
export function addSection(store: ProjectStore, transcriptId: string, s: SectionInfo): StoredSection {
  const id = randomUUID();
  sections.insertSection(store.db, { id, transcriptId, start: s.start, end: s.end, number: s.number, title: s.title });
  return { id, ...s };
}

function checkSection(
  store: ProjectStore,
  transcriptId: string,
  start: number,
  end: number,
  ignoreId: string | null,
): void {
  const length = store.transcriptText(transcriptId).length;
  if (end <= start)
    throw new ServiceError('validation', `a section must end after it starts (start ${start}, end ${end})`);
  if (end > length)
    throw new ServiceError(
      'validation',
      `section [${start}, ${end}) runs past the end of the transcript (${length} characters)`,
    );
  const clash = listSections(store, transcriptId).find((s) => s.id !== ignoreId && s.start < end && start < s.end);
  if (clash)
    throw new ServiceError(
      'validation',
      `section [${start}, ${end}) overlaps ${clash.number !== null ? `question ${clash.number}` : `"${clash.title}"`} [${clash.start}, ${clash.end}); shorten that one first`,
    );
}

export function createSection(
  store: ProjectStore,
  a: {
    transcriptId: string;
    start: number;
    end: number;
    number?: number | null | undefined;
    title?: string | undefined;
  },
): StoredSection {
  return store.db.transaction(() => {
    checkSection(store, a.transcriptId, a.start, a.end, null);
    return addSection(store, a.transcriptId, {
      start: a.start,
      end: a.end,
      number: a.number ?? null,
      title: a.title ?? '',
    });
  });
}

export function updateSection(
  store: ProjectStore,
  u: {
    id: string;
    start?: number | undefined;
    end?: number | undefined;
    number?: number | null | undefined;
    title?: string | undefined;
  },
): StoredSection {
  return store.db.transaction(() => {
    const cur = sections.getSection(store.db, { id: u.id });
    if (!cur) throw new ServiceError('not-found', `no section with id ${u.id}`);
    const next = {
      start: u.start ?? cur.start,
      end: u.end ?? cur.end,
      number: u.number === undefined ? cur.number : u.number,
      title: u.title ?? cur.title,
    };
    checkSection(store, cur.transcriptId, next.start, next.end, cur.id);
    sections.updateSection(store.db, { id: u.id, ...next });
    return { id: u.id, ...next };
  });
}

export function deleteSection(store: ProjectStore, id: string): void {
  store.db.transaction(() => {
    if (sections.deleteSection(store.db, { id }) === 0) throw new ServiceError('not-found', `no section with id ${id}`);
  });
}
