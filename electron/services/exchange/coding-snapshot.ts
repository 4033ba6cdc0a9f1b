import type { CodingFile } from '../../../shared/api/coding.ts';
import type { CodingStore } from '../coding-store.ts';
import type { ProjectStore } from '../project-store.ts';

export type FileTranscript = CodingFile['transcripts'][number];
export type CodingSnapshot = Omit<FileTranscript, 'hash' | 'title' | 'characters' | 'text'>;

/** One coder's coding of one transcript, in the file's shape (ids and times preserved). */
export function snapshot(
  store: ProjectStore,
  coding: CodingStore,
  transcriptId: string,
  coderId: string,
): CodingSnapshot {
  const c = coding.getClassification(transcriptId, coderId);
  const st = coding.getStatus(transcriptId, coderId);
  return {
    annotations: store.listAnnotations(transcriptId, coderId).map((a) => ({
      id: a.id,
      codeId: a.codeId,
      start: a.start,
      end: a.end,
      note: a.note,
      severity: a.severity,
      eventId: a.eventId,
      createdAt: a.createdAt,
      updatedAt: a.updatedAt,
    })),
    events: coding.listEvents(transcriptId, coderId).map((e) => ({
      id: e.id,
      kind: e.kind,
      who: e.who,
      speakerAge: e.speakerAge,
      note: e.note,
      createdAt: e.createdAt,
    })),
    ratings: coding.listRatings(transcriptId, coderId).map((r) => ({
      scaleId: r.scaleId,
      target: r.target,
      value: r.value,
      notRateable: r.notRateable,
      note: r.note,
      links: [...r.links].sort(),
      updatedAt: r.updatedAt,
    })),
    classification: c
      ? {
          primary: c.primary,
          subtype: c.subtype,
          alternative: c.alternative,
          secondAlternative: c.secondAlternative,
          confidence: c.confidence,
          forced: c.forced,
          note: c.note,
          updatedAt: c.updatedAt,
        }
      : null,
    memo: coding.getMemo(transcriptId, coderId).text,
    status: { status: st.status, submittedAt: st.submittedAt },
  };
}

export function hasCoding(s: CodingSnapshot): boolean {
  return (
    s.annotations.length > 0 ||
    s.events.length > 0 ||
    s.ratings.length > 0 ||
    s.classification !== null ||
    s.memo !== '' ||
    s.status.status !== 'not-started'
  );
}
