import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Annotation } from '../../../shared/api/annotation.ts';
import type { Coder } from '../../../shared/api/coder.ts';
import type { LossEvent } from '../../../shared/api/event.ts';
import type { ImportResult } from '../../../shared/api/transcript.ts';
import type { ProjectCounts } from '../../../shared/api/project.ts';
import { createServices } from '../services.ts';
import {
  CONSENSUS_TRANSCRIPT,
  DEMO_CODERS,
  DEMO_STUDY_PLAN,
  KEY_CODER,
  KEY_TRANSCRIPT,
  plannedHighlights,
  plannedValue,
  PROTOTYPES,
  seeded,
  SYNTHETIC_NOTICE,
  type DemoCoder,
} from './demo-plan.ts';

type Call = <T = unknown>(method: string, arg?: unknown) => Promise<T>;

/**
 * Write the demo study to `path` (which must not exist) through the same dispatcher the app and the CLI
 * use, so every rule applies as it would to a lab: the first coder is the lead, the lead gives roles,
 * each coder codes as themselves. Seeded: two runs differ only in ids and times.
 */
export async function buildDemoStudy(path: string): Promise<ProjectCounts> {
  // A private data folder: building the demo must not add its file to the user's recent list.
  const dataDir = mkdtempSync(join(tmpdir(), 'attune-demo-'));
  const services = createServices({ dataDir, transport: 'http', version: 'demo' });
  const call: Call = async <T>(method: string, arg: unknown = {}) => {
    const r = await services.dispatcher.dispatch(method, arg);
    if (!r.ok) throw new Error(`building the demo study: ${method}: ${r.error.message}`);
    return r.value as T;
  };
  try {
    await call('project-create', { path });
    services.current()!.setNotice(SYNTHETIC_NOTICE);
    const transcripts: string[] = [];
    for (const p of PROTOTYPES) {
      const contentBase64 = Buffer.from(p.text, 'utf8').toString('base64');
      // Titled by participant code only ("SYN-0201"): the file name gives the intended classification away.
      const fileName = `${p.file.slice(0, 'syn-0000'.length).toUpperCase()}.txt`;
      transcripts.push((await call<ImportResult>('transcript-import-file', { fileName, contentBase64 })).id);
    }
    const coders = await addCoders(call);
    // The lead plans the study before anyone codes, as a lab would (the audit log shows it first).
    await call('study-plan', { ...DEMO_STUDY_PLAN, coders: [...DEMO_STUDY_PLAN.coders] });
    for (const c of DEMO_CODERS) await codeAs(call, c, coders[c.name]!, transcripts);
    await call('session-set-coder', { coderId: coders[KEY_CODER] });
    await call('settings-update', { trainerMode: true });
    await call('training-set-key', { transcriptId: transcripts[KEY_TRANSCRIPT], coderId: coders[KEY_CODER] });
    await buildConsensus(call, transcripts[CONSENSUS_TRANSCRIPT]!, coders);
    await call('session-set-coder', { coderId: null });
    return services.current()!.counts();
  } finally {
    services.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function addCoders(call: Call): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  const [lead, ...rest] = DEMO_CODERS;
  ids[lead!.name] = (await call<Coder>('coder-create', { name: lead!.name })).id;
  await call('session-set-coder', { coderId: ids[lead!.name] });
  for (const c of rest) ids[c.name] = (await call<Coder>('coder-create', { name: c.name, role: c.role })).id;
  return ids;
}

async function codeAs(call: Call, c: DemoCoder, coderId: string, transcripts: string[]): Promise<void> {
  await call('session-set-coder', { coderId });
  for (const k of c.codings) {
    const p = PROTOTYPES[k.transcript]!;
    const owner = { transcriptId: transcripts[k.transcript]!, coderId };
    const rand = seeded(c.seed, k.transcript);
    const events: Record<string, string> = {};
    for (const ev of p.events)
      events[ev.id] = (
        await call<LossEvent>('event-create', { ...owner, kind: ev.kind, who: ev.who, speakerAge: ev.speakerAge })
      ).id;
    for (const h of plannedHighlights(p, k.recall, rand))
      await call('annotation-create', {
        ...owner,
        codeId: h.code,
        start: h.start,
        end: h.end,
        eventId: h.event ? (events[h.event] ?? null) : null,
      });
    for (const [key, range] of Object.entries(p.scales)) {
      const [scaleId, target] = key.split('|') as [string, string];
      const event = target.startsWith('event:') ? events[target.slice('event:'.length)] : undefined;
      await call('rating-set', {
        ...owner,
        scaleId,
        target: event ? `event:${event}` : target,
        value: plannedValue(range, rand),
      });
    }
    await call('classification-set', { ...owner, ...k.classification });
    if (k.submit) await call('status-submit', owner);
  }
}

/** The lead reconciles the two independent codings of one transcript, item by item, with reasons. */
async function buildConsensus(call: Call, transcriptId: string, coders: Record<string, string>): Promise<void> {
  const [alex, sam] = [coders['Alex']!, coders['Sam']!];
  await call('consensus-start');
  const alexs = await call<Annotation[]>('annotation-list', { transcriptId, coderId: alex });
  const sams = await call<Annotation[]>('annotation-list', { transcriptId, coderId: sam });
  const samsAt = new Set(sams.map((a) => `${a.codeId}@${a.start}-${a.end}`));
  const accept = (source: object, rationale: string) => call('consensus-accept', { transcriptId, source, rationale });
  for (const a of alexs.slice(0, 6)) {
    const both = samsAt.has(`${a.codeId}@${a.start}-${a.end}`);
    await accept({ kind: 'annotation', annotationId: a.id }, both ? 'both coders marked it' : 'agreed in conference');
  }
  await accept({ kind: 'classification', coderId: alex }, 'coherent and collaborative throughout: F3a');
  for (const [scaleId, target, who, why] of [
    ['exp.loving', 'mother', sam, 'warm memories, but the mother is described as often absent'],
    ['som.metacognitive', 'transcript', alex, 'repeated, spontaneous monitoring of her own memory'],
    ['coh.transcript', 'transcript', alex, 'consistent, relevant and clear from start to end'],
  ] as const)
    await accept({ kind: 'rating', coderId: who, scaleId, target }, why);
}
