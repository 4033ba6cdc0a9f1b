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
import * as annotations from './db/tables/annotations.ts';
import * as classifications from './db/tables/classifications.ts';
import * as events from './db/tables/events.ts';
import type { ProvenanceRow } from './db/tables/provenance.ts';
import * as ratings from './db/tables/ratings.ts';
import type { ProjectStore } from './project-store.ts';
import { ServiceError } from './service-error.ts';

const CONSENSUS_NAME = 'Consensus';

function provenance(row: ProvenanceRow | undefined): ConsensusProvenance {
  return { origin: row?.origin ? (JSON.parse(row.origin) as ConsensusOrigin) : null, rationale: row?.rationale ?? '' };
}

/** The consensus record of a project: one coder row with role 'consensus', created on first use. */
export function consensusCoder(store: ProjectStore): Coder {
  const existing = store.listCoders().find((c) => c.role === 'consensus');
  return existing ?? store.createCoder(CONSENSUS_NAME, 'consensus');
}

export function consensusRecord(store: ProjectStore, coding: CodingStore, transcriptId: string): ConsensusRecord {
  const consensus = consensusCoder(store);
  const owner = { transcriptId, coderId: consensus.id };
  const annRows = new Map(annotations.listAnnotationProvenance(store.db, owner).map((r) => [r.id, r]));
  const ratingRows = new Map(ratings.listRatingProvenance(store.db, owner).map((r) => [`${r.scaleId}|${r.target}`, r]));
  const eventRows = new Map(events.listEventProvenance(store.db, owner).map((r) => [r.id, r]));
  const cls = coding.getClassification(transcriptId, consensus.id);
  const clsRow = classifications.getClassificationProvenance(store.db, owner);
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
  return events.findEventByOrigin(store.db, { coderId: consensusId, item: eventItem(sourceEventId) }) ?? null;
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
    ratings.deleteTargetRatings(store.db, { transcriptId, coderId: consensusId, target: eventItem(id) });
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
  events.setEventProvenance(store.db, { id, origin, rationale });
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
  const linkable = annotations.listAcceptedFromEventHighlights(store.db, {
    coderId: consensusId,
    transcriptId,
    sourceEventId: ev.id,
  });
  for (const annotationId of linkable) store.updateAnnotation({ id: annotationId, eventId: id });
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
      const dup = annotations.findAnnotationByOrigin(store.db, { coderId: consensus.id, item: a.id });
      if (dup) {
        annotations.setAnnotationRationale(store.db, { ...dup, coderId: consensus.id, rationale });
        if (eventId && !dup.eventId) store.updateAnnotation({ id: dup.id, eventId });
        return;
      }
      // Another coder's identical highlight (same code, span, severity and consensus event) is already
      // in: the consensus keeps one, with its provenance, taking the new rationale only when one is given.
      const same = store
        .listAnnotations(transcriptId, consensus.id)
        .find(
          (x) =>
            x.codeId === a.codeId &&
            x.start === a.start &&
            x.end === a.end &&
            x.severity === a.severity &&
            x.eventId === eventId,
        );
      if (same) {
        if (rationale.trim())
          annotations.setAnnotationRationale(store.db, { ...same, coderId: consensus.id, rationale });
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
    const owner = { transcriptId, coderId: consensus.id, rationale };
    const changed =
      item.kind === 'annotation'
        ? annotations.setAnnotationRationale(store.db, { ...owner, id: item.annotationId })
        : item.kind === 'rating'
          ? ratings.setRatingRationale(store.db, { ...owner, scaleId: item.scaleId, target: item.target })
          : item.kind === 'event'
            ? events.setEventRationale(store.db, { ...owner, id: item.eventId })
            : classifications.setClassificationRationale(store.db, owner);
    if (changed === 0) throw new ServiceError('not-found', 'that item is not part of the consensus');
  });
  return consensusRecord(store, coding, transcriptId);
}
