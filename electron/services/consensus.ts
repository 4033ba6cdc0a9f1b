import type { Annotation } from '../../shared/api/annotation.ts';
import type { Coder } from '../../shared/api/coder.ts';
import type { z } from 'zod';
import type {
  ConsensusOrigin,
  ConsensusProvenance,
  ConsensusRecord,
  consensusSetRationaleArgs,
  consensusSource,
} from '../../shared/api/consensus.ts';
import type { CodingStore } from './coding-store.ts';
import type { ProjectStore } from './project-store.ts';
import { ServiceError } from './service-error.ts';

const CONSENSUS_NAME = 'Consensus';

function provenance(row: { origin: string | null; rationale: string } | undefined): ConsensusProvenance {
  return { origin: row?.origin ? (JSON.parse(row.origin) as ConsensusOrigin) : null, rationale: row?.rationale ?? '' };
}

/** The consensus record of a project: one coder row with role 'consensus', created on first use. */
export function consensusCoder(store: ProjectStore): Coder {
  const existing = store.listCoders().find((c) => c.role === 'consensus');
  return existing ?? store.createCoder(CONSENSUS_NAME, 'consensus');
}

export function consensusRecord(store: ProjectStore, coding: CodingStore, transcriptId: string): ConsensusRecord {
  const consensus = consensusCoder(store);
  const annRows = new Map(
    store.db
      .all<{ id: string; origin: string | null; rationale: string }>(
        'SELECT id, origin, rationale FROM annotations WHERE transcript_id = ? AND coder_id = ?',
        [transcriptId, consensus.id],
      )
      .map((r) => [r.id, r]),
  );
  const ratingRows = new Map(
    store.db
      .all<{ scale_id: string; target: string; origin: string | null; rationale: string }>(
        'SELECT scale_id, target, origin, rationale FROM ratings WHERE transcript_id = ? AND coder_id = ?',
        [transcriptId, consensus.id],
      )
      .map((r) => [`${r.scale_id}|${r.target}`, r]),
  );
  const eventRows = new Map(
    store.db
      .all<{ id: string; origin: string | null; rationale: string }>(
        'SELECT id, origin, rationale FROM events WHERE transcript_id = ? AND coder_id = ?',
        [transcriptId, consensus.id],
      )
      .map((r) => [r.id, r]),
  );
  const cls = coding.getClassification(transcriptId, consensus.id);
  const clsRow = store.db.get<{ origin: string | null; rationale: string }>(
    'SELECT origin, rationale FROM classifications WHERE transcript_id = ? AND coder_id = ?',
    [transcriptId, consensus.id],
  );
  return {
    consensus,
    annotations: store
      .listAnnotations(transcriptId, consensus.id)
      .map((a) => ({ ...a, ...provenance(annRows.get(a.id)) })),
    ratings: coding
      .listRatings(transcriptId, consensus.id)
      .map((r) => ({ ...r, ...provenance(ratingRows.get(`${r.scaleId}|${r.target}`)) })),
    events: coding.listEvents(transcriptId, consensus.id).map((e) => ({ ...e, ...provenance(eventRows.get(e.id)) })),
    classification: cls ? { ...cls, ...provenance(clsRow) } : null,
  };
}

type Source = z.infer<typeof consensusSource>;

const eventItem = (eventId: string) => `event:${eventId}`;

/** The consensus event accepted from a coder's event (found by its origin), if any. */
function consensusEventFrom(store: ProjectStore, consensusId: string, sourceEventId: string): string | null {
  return (
    store.db.get<{ id: string }>("SELECT id FROM events WHERE coder_id = ? AND json_extract(origin, '$.item') = ?", [
      consensusId,
      eventItem(sourceEventId),
    ])?.id ?? null
  );
}

/**
 * A coder's event becomes (or updates) a consensus event: its fields, and all that coder's ratings of
 * it, which replace the consensus event's ratings. Consensus highlights accepted from highlights linked
 * to the coder's event are linked to the consensus event.
 */
function acceptEvent(
  store: ProjectStore,
  coding: CodingStore,
  consensusId: string,
  transcriptId: string,
  source: { coderId: string; eventId: string },
  rationale: string,
): void {
  const ev = coding.getEvent(source.eventId);
  if (ev.transcriptId !== transcriptId) throw new ServiceError('validation', 'that event is on another transcript');
  if (ev.coderId === consensusId) throw new ServiceError('validation', 'that event is already part of the consensus');
  if (ev.coderId !== source.coderId) throw new ServiceError('not-found', `no event ${source.eventId} by that coder`);
  const origin = JSON.stringify({
    how: 'accepted',
    coderId: source.coderId,
    item: eventItem(ev.id),
  } satisfies ConsensusOrigin);
  let id = consensusEventFrom(store, consensusId, ev.id);
  if (id) {
    coding.updateEvent({ id, kind: ev.kind, who: ev.who, speakerAge: ev.speakerAge, note: ev.note });
    store.db.run('DELETE FROM ratings WHERE transcript_id = ? AND coder_id = ? AND target = ?', [
      transcriptId,
      consensusId,
      eventItem(id),
    ]);
  } else {
    id = coding.createEvent({
      transcriptId,
      coderId: consensusId,
      kind: ev.kind,
      who: ev.who,
      speakerAge: ev.speakerAge,
      note: ev.note,
    }).id;
  }
  store.db.run('UPDATE events SET origin = ?, rationale = ? WHERE id = ?', [origin, rationale, id]);
  for (const r of coding.listRatings(transcriptId, source.coderId).filter((x) => x.target === eventItem(ev.id)))
    coding.setRating(
      {
        transcriptId,
        coderId: consensusId,
        scaleId: r.scaleId,
        target: eventItem(id),
        value: r.value,
        notRateable: r.notRateable,
        note: r.note,
      },
      origin,
      rationale,
    );
  // Highlights accepted before the event: link those whose source highlight is linked to this event.
  for (const a of store.db.all<{ id: string }>(
    `SELECT c.id FROM annotations c JOIN annotations s ON s.id = json_extract(c.origin, '$.item')
      WHERE c.coder_id = ? AND c.transcript_id = ? AND c.event_id IS NULL AND s.event_id = ?`,
    [consensusId, transcriptId, ev.id],
  ))
    store.updateAnnotation({ id: a.id, eventId: id });
}

/** Accept one coder's item into the consensus (see 'consensus-accept' in shared/api/consensus.ts). */
export function acceptIntoConsensus(
  store: ProjectStore,
  coding: CodingStore,
  transcriptId: string,
  source: Source,
  rationale: string,
): ConsensusRecord {
  const consensus = consensusCoder(store);
  store.db.transaction(() => {
    if (source.kind === 'annotation') {
      const a: Annotation = store.getAnnotation(source.annotationId);
      if (a.transcriptId !== transcriptId)
        throw new ServiceError('validation', 'that highlight is on another transcript');
      if (a.coderId === consensus.id)
        throw new ServiceError('validation', 'that highlight is already part of the consensus');
      const origin: ConsensusOrigin = { how: 'accepted', coderId: a.coderId, item: a.id };
      // Linked to the coder's event: link to the consensus event accepted from it, if there is one yet.
      const eventId = a.eventId ? consensusEventFrom(store, consensus.id, a.eventId) : null;
      const dup = store.db.get<{ id: string; event_id: string | null }>(
        "SELECT id, event_id FROM annotations WHERE coder_id = ? AND json_extract(origin, '$.item') = ?",
        [consensus.id, a.id],
      );
      if (dup) {
        store.db.run('UPDATE annotations SET rationale = ? WHERE id = ?', [rationale, dup.id]);
        if (eventId && !dup.event_id) store.updateAnnotation({ id: dup.id, eventId });
        return;
      }
      store.createAnnotation({
        transcriptId,
        coderId: consensus.id,
        codeId: a.codeId,
        start: a.start,
        end: a.end,
        note: a.note,
        severity: a.severity,
        codebookKey: a.codebookKey,
        eventId,
        origin: JSON.stringify(origin),
        rationale,
      });
    } else if (source.kind === 'event') {
      acceptEvent(store, coding, consensus.id, transcriptId, source, rationale);
    } else if (source.kind === 'rating') {
      const r = coding
        .listRatings(transcriptId, source.coderId)
        .find((x) => x.scaleId === source.scaleId && x.target === source.target);
      if (!r) throw new ServiceError('not-found', `no rating of ${source.scaleId} for ${source.target} by that coder`);
      if (r.target.startsWith('event:'))
        throw new ServiceError(
          'validation',
          'a rating of a loss or trauma event is accepted with its event: accept the event',
        );
      const origin: ConsensusOrigin = { how: 'accepted', coderId: source.coderId, item: `${r.scaleId}|${r.target}` };
      coding.setRating(
        {
          transcriptId,
          coderId: consensus.id,
          scaleId: r.scaleId,
          target: r.target,
          value: r.value,
          notRateable: r.notRateable,
          note: r.note,
        },
        JSON.stringify(origin),
        rationale,
      );
    } else {
      const c = coding.getClassification(transcriptId, source.coderId);
      if (!c) throw new ServiceError('not-found', 'that coder has not classified this transcript');
      const origin: ConsensusOrigin = { how: 'accepted', coderId: source.coderId, item: 'classification' };
      coding.setClassification(
        {
          transcriptId,
          coderId: consensus.id,
          primary: c.primary,
          subtype: c.subtype,
          alternative: c.alternative,
          secondAlternative: c.secondAlternative,
          confidence: c.confidence,
          forced: c.forced,
          note: c.note,
        },
        JSON.stringify(origin),
        rationale,
      );
    }
  });
  return consensusRecord(store, coding, transcriptId);
}

export function setConsensusRationale(
  store: ProjectStore,
  coding: CodingStore,
  transcriptId: string,
  item: z.infer<typeof consensusSetRationaleArgs>['item'],
  rationale: string,
): ConsensusRecord {
  const consensus = consensusCoder(store);
  store.db.transaction(() => {
    const r =
      item.kind === 'annotation'
        ? store.db.run('UPDATE annotations SET rationale = ? WHERE id = ? AND coder_id = ? AND transcript_id = ?', [
            rationale,
            item.annotationId,
            consensus.id,
            transcriptId,
          ])
        : item.kind === 'rating'
          ? store.db.run(
              'UPDATE ratings SET rationale = ? WHERE transcript_id = ? AND coder_id = ? AND scale_id = ? AND target = ?',
              [rationale, transcriptId, consensus.id, item.scaleId, item.target],
            )
          : item.kind === 'event'
            ? store.db.run('UPDATE events SET rationale = ? WHERE id = ? AND coder_id = ? AND transcript_id = ?', [
                rationale,
                item.eventId,
                consensus.id,
                transcriptId,
              ])
            : store.db.run('UPDATE classifications SET rationale = ? WHERE transcript_id = ? AND coder_id = ?', [
                rationale,
                transcriptId,
                consensus.id,
              ]);
    if (r.changes === 0) throw new ServiceError('not-found', 'that item is not part of the consensus');
  });
  return consensusRecord(store, coding, transcriptId);
}
