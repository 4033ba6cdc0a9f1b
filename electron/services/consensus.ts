import type { Annotation } from '../../shared/api/annotation.ts';
import type { Coder } from '../../shared/api/coder.ts';
import type { ConsensusOrigin, ConsensusProvenance, ConsensusRecord } from '../../shared/api/consensus.ts';
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
      .all<{ id: string; origin: string | null; rationale: string }>('SELECT id, origin, rationale FROM annotations WHERE transcript_id = ? AND coder_id = ?', [transcriptId, consensus.id])
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
  const cls = coding.getClassification(transcriptId, consensus.id);
  const clsRow = store.db.get<{ origin: string | null; rationale: string }>('SELECT origin, rationale FROM classifications WHERE transcript_id = ? AND coder_id = ?', [transcriptId, consensus.id]);
  return {
    consensus,
    annotations: store.listAnnotations(transcriptId, consensus.id).map((a) => ({ ...a, ...provenance(annRows.get(a.id)) })),
    ratings: coding.listRatings(transcriptId, consensus.id).map((r) => ({ ...r, ...provenance(ratingRows.get(`${r.scaleId}|${r.target}`)) })),
    classification: cls ? { ...cls, ...provenance(clsRow) } : null,
  };
}

type Source = { kind: 'annotation'; annotationId: string } | { kind: 'rating'; coderId: string; scaleId: string; target: string } | { kind: 'classification'; coderId: string };

/**
 * Accept one coder's item into the consensus. Event-linked items are accepted without their event link
 * (events belong to the coder who listed them); the rationale should say so if it matters.
 */
export function acceptIntoConsensus(store: ProjectStore, coding: CodingStore, transcriptId: string, source: Source, rationale: string): ConsensusRecord {
  const consensus = consensusCoder(store);
  store.db.transaction(() => {
    if (source.kind === 'annotation') {
      const a: Annotation = store.getAnnotation(source.annotationId);
      if (a.transcriptId !== transcriptId) throw new ServiceError('validation', 'that highlight is on another transcript');
      if (a.coderId === consensus.id) throw new ServiceError('validation', 'that highlight is already part of the consensus');
      const origin: ConsensusOrigin = { how: 'accepted', coderId: a.coderId, item: a.id };
      const dup = store.db.get<{ id: string }>("SELECT id FROM annotations WHERE coder_id = ? AND json_extract(origin, '$.item') = ?", [consensus.id, a.id]);
      if (dup) {
        store.db.run('UPDATE annotations SET rationale = ? WHERE id = ?', [rationale, dup.id]);
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
        origin: JSON.stringify(origin),
        rationale,
      });
    } else if (source.kind === 'rating') {
      const r = coding.listRatings(transcriptId, source.coderId).find((x) => x.scaleId === source.scaleId && x.target === source.target);
      if (!r) throw new ServiceError('not-found', `no rating of ${source.scaleId} for ${source.target} by that coder`);
      if (r.target.startsWith('event:')) throw new ServiceError('validation', 'event ratings belong to the coder who listed the event; enter the consensus value for the consensus record\'s own event');
      const origin: ConsensusOrigin = { how: 'accepted', coderId: source.coderId, item: `${r.scaleId}|${r.target}` };
      coding.setRating({ transcriptId, coderId: consensus.id, scaleId: r.scaleId, target: r.target, value: r.value, notRateable: r.notRateable, note: r.note }, JSON.stringify(origin), rationale);
    } else {
      const c = coding.getClassification(transcriptId, source.coderId);
      if (!c) throw new ServiceError('not-found', 'that coder has not classified this transcript');
      const origin: ConsensusOrigin = { how: 'accepted', coderId: source.coderId, item: 'classification' };
      coding.setClassification(
        { transcriptId, coderId: consensus.id, primary: c.primary, subtype: c.subtype, alternative: c.alternative, secondAlternative: c.secondAlternative, confidence: c.confidence, forced: c.forced, note: c.note },
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
  item: { kind: 'annotation'; annotationId: string } | { kind: 'rating'; scaleId: string; target: string } | { kind: 'classification' },
  rationale: string,
): ConsensusRecord {
  const consensus = consensusCoder(store);
  store.db.transaction(() => {
    const r =
      item.kind === 'annotation'
        ? store.db.run('UPDATE annotations SET rationale = ? WHERE id = ? AND coder_id = ? AND transcript_id = ?', [rationale, item.annotationId, consensus.id, transcriptId])
        : item.kind === 'rating'
          ? store.db.run('UPDATE ratings SET rationale = ? WHERE transcript_id = ? AND coder_id = ? AND scale_id = ? AND target = ?', [rationale, transcriptId, consensus.id, item.scaleId, item.target])
          : store.db.run('UPDATE classifications SET rationale = ? WHERE transcript_id = ? AND coder_id = ?', [rationale, transcriptId, consensus.id]);
    if (r.changes === 0) throw new ServiceError('not-found', 'that item is not part of the consensus');
  });
  return consensusRecord(store, coding, transcriptId);
}
