// Agreement handlers: gather ONLY what the acting coder may see (Access), then run the pure
// computations in shared/reliability. Blind coding, trainer keys and consensus records are decided
// here, never in the statistics.
import type { AgreementFile, AgreementHandlers } from '../../shared/api/agreement.ts';
import type { Coder } from '../../shared/api/coder.ts';
import { codingsCsvLong, codingsCsvWide } from '../../shared/reliability/codings-csv.ts';
import type { ReportMeta } from '../../shared/reliability/methods.ts';
import { computeProjectAgreementAsync } from '../../shared/reliability/project-agreement.ts';
import { renderReportHtml } from '../../shared/reliability/report-html.ts';
import { computeTraineeReport } from '../../shared/reliability/trainee-report.ts';
import type { AgreementStatus, ProjectAgreement, ProjectAgreementInput } from '../../shared/reliability/types.ts';
import type { Access } from './access.ts';
import type { AppEventBus } from './app-events.ts';
import type { CodingStore } from './coding-store.ts';
import { renderReportPdf } from './pdf-report.ts';
import type { ProjectStore } from './project-store.ts';
import { ServiceError } from './service-error.ts';

export interface AgreementDeps {
  project: () => ProjectStore;
  coding: () => CodingStore;
  access: () => Access;
  events: AppEventBus;
  version: string;
}

export const BLIND_REFUSAL = "agreement needs other coders' work: blind coding is on until the lead reveals";

interface Selection {
  transcriptIds?: string[] | undefined;
  coderIds?: string[] | undefined;
}

interface Gathered {
  input: ProjectAgreementInput;
  /** For the report's method section. */
  coderSelection: string;
  transcriptSelection: string;
}

const today = () => new Date().toISOString().slice(0, 10);
const fileStem = (name: string) => name.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '') || 'project';

/**
 * Collects the chosen transcripts and coders' data that the acting coder may see, transcript by
 * transcript (Access.visibleCoderIds). `includeConsensus`: by default consensus records are left out
 * of agreement (not an independent rater) but kept in exports.
 */
export function gatherVisible(deps: AgreementDeps, sel: Selection, includeConsensus: boolean): Gathered {
  const store = deps.project();
  const coding = deps.coding();
  const access = deps.access();
  const all = store.listTranscripts();
  const transcripts = sel.transcriptIds
    ? sel.transcriptIds.map((id) => {
        const t = all.find((x) => x.id === id);
        if (!t) throw new ServiceError('not-found', `no transcript with id ${id}`);
        return t;
      })
    : all;
  const allCoders = store.listCoders();
  let coders: Coder[];
  if (sel.coderIds) {
    coders = sel.coderIds.map((id) => {
      const c = allCoders.find((x) => x.id === id);
      if (!c) throw new ServiceError('not-found', `no coder with id ${id}`);
      return c;
    });
  } else coders = allCoders.filter((c) => includeConsensus || c.role !== 'consensus');
  const chosen = new Set(coders.map((c) => c.id));

  const input: ProjectAgreementInput = {
    codebook: store.activeCodebook().codebook,
    codebookKey: store.activeCodebook().key,
    transcripts: [],
    coders: coders.map((c) => ({ id: c.id, name: c.name, role: c.role })),
    annotations: [],
    ratings: [],
    classifications: [],
    statuses: [],
  };
  let hidden = 0;
  for (const t of transcripts) {
    input.transcripts.push({ id: t.id, title: t.title, length: store.transcriptText(t.id).length });
    const visible = access.visibleCoderIds(t.id).filter((c) => chosen.has(c));
    hidden += chosen.size - visible.length;
    const vis = new Set(visible);
    for (const a of store.listAnnotations(t.id))
      if (vis.has(a.coderId))
        input.annotations.push({
          transcriptId: t.id,
          coderId: a.coderId,
          codeId: a.codeId,
          start: a.start,
          end: a.end,
        });
    for (const c of visible) {
      for (const r of coding.listRatings(t.id, c))
        input.ratings.push({
          transcriptId: t.id,
          coderId: c,
          scaleId: r.scaleId,
          target: r.target,
          value: r.value,
          notRateable: r.notRateable,
        });
      const k = coding.getClassification(t.id, c);
      if (k)
        input.classifications.push({
          transcriptId: t.id,
          coderId: c,
          primary: k.primary,
          subtype: k.subtype,
          alternative: k.alternative,
        });
      const s = coding.getStatus(t.id, c);
      (input.statuses as AgreementStatus[]).push({
        transcriptId: t.id,
        coderId: c,
        status: s.status,
        submittedAt: s.submittedAt,
      });
    }
  }
  const consensusLeftOut = !sel.coderIds && !includeConsensus && allCoders.some((c) => c.role === 'consensus');
  const coderSelection = [
    sel.coderIds ? 'coders chosen by the user' : 'all coders',
    consensusLeftOut ? 'consensus records left out (a consensus is not an independent rater)' : '',
    hidden > 0
      ? `${hidden} coder-transcript combination(s) hidden from the acting coder (trainer keys before submission) and left out`
      : '',
  ]
    .filter(Boolean)
    .join('; ');
  const transcriptSelection = sel.transcriptIds
    ? `${transcripts.length} chosen transcript(s)`
    : `all ${transcripts.length} transcript(s) of the project`;
  return { input, coderSelection, transcriptSelection };
}

export function agreementHandlers(deps: AgreementDeps): AgreementHandlers {
  const refuseIfBlind = () => {
    const s = deps.access().settings;
    if (s.blindMode && !s.revealed) throw new ServiceError('refused', BLIND_REFUSAL);
  };

  /** Throttled progress: at most ~50 events per run (the event log keeps only the last 100). */
  const progress = (task: string) => {
    let last = -1;
    return (done: number, total: number) => {
      const bucket = Math.floor((done * 50) / total);
      if (done === total || bucket !== last) {
        last = bucket;
        deps.events.push({ type: 'progress', task, done, total });
      }
    };
  };

  const compute = async (
    arg: Selection & { overlapThreshold?: number | undefined; level?: string | undefined },
  ): Promise<{ result: ProjectAgreement; meta: ReportMeta }> => {
    refuseIfBlind();
    const g = gatherVisible(deps, arg, false);
    const settings = deps.access().settings;
    const levels = g.input.codebook.classification?.levels ?? [];
    if (arg.level && !levels.some((l) => l.id === arg.level))
      throw new ServiceError(
        'validation',
        `"${arg.level}" is not a classification level of the codebook (${levels.map((l) => l.id).join(', ') || 'none'})`,
      );
    const result = await computeProjectAgreementAsync(g.input, {
      overlapThreshold: arg.overlapThreshold,
      scaleTolerance: settings.scaleTolerance,
      level: arg.level,
      onProgress: progress('agreement'),
    });
    const store = deps.project();
    return {
      result,
      meta: {
        projectName: store.name,
        softwareVersion: deps.version,
        generatedAt: new Date().toISOString(),
        codebookName: g.input.codebook.name,
        coderSelection: g.coderSelection,
        transcriptSelection: g.transcriptSelection,
      },
    };
  };

  return {
    'agreement-project': async (arg) => (await compute(arg)).result,

    'agreement-trainee': async ({ traineeId }) => {
      const access = deps.access();
      const store = deps.project();
      const coding = deps.coding();
      const settings = access.settings;
      if (!settings.trainerMode)
        throw new ServiceError('validation', 'trainer mode is off: turn it on and choose key coders first');
      const trainee = store.listCoders().find((c) => c.id === traineeId);
      if (!trainee) throw new ServiceError('not-found', `no coder with id ${traineeId}`);
      if (access.coder?.id !== traineeId && !access.isPrivileged())
        throw new ServiceError('refused', "a trainee's report is for the trainee, their trainer or the lead");
      const keys = coding.keys().filter((k) => k.coderId !== traineeId);
      const hiddenKeys: Array<{ transcriptId: string; title: string; reason: string }> = [];
      const visibleKeys = keys.filter((k) => {
        const why = access.hiddenReason(k.coderId, k.transcriptId) ?? access.hiddenReason(traineeId, k.transcriptId);
        if (why)
          hiddenKeys.push({
            transcriptId: k.transcriptId,
            title: store.getTranscript(k.transcriptId).title,
            reason: why,
          });
        return !why;
      });
      const coderIds = [...new Set([traineeId, ...visibleKeys.map((k) => k.coderId)])];
      const transcriptIds = [...new Set(visibleKeys.map((k) => k.transcriptId))];
      const g = transcriptIds.length ? gatherVisible(deps, { transcriptIds, coderIds }, true) : null;
      const input: ProjectAgreementInput = g?.input ?? {
        codebook: store.activeCodebook().codebook,
        codebookKey: store.activeCodebook().key,
        transcripts: [],
        coders: [{ id: trainee.id, name: trainee.name, role: trainee.role }],
        annotations: [],
        ratings: [],
        classifications: [],
        statuses: [],
      };
      const report = computeTraineeReport(input, {
        traineeId,
        keys: visibleKeys,
        level: settings.passLevel,
        threshold: settings.passThreshold,
        statistic: settings.passStatistic,
      });
      // Keys the acting coder may not see yet (a trainee before submitting) are listed, never compared.
      report.pending.push(...hiddenKeys);
      return report;
    },

    'export-codings': async ({ layout, transcriptIds, coderIds }) => {
      const g = gatherVisible(deps, { transcriptIds, coderIds }, true);
      const content = layout === 'long' ? codingsCsvLong(g.input) : codingsCsvWide(g.input);
      const file: AgreementFile = {
        fileName: `${fileStem(deps.project().name)}-codings-${layout}-${today()}.csv`,
        content,
        mimeType: 'text/csv',
        encoding: 'utf8',
      };
      return file;
    },

    'report-agreement': async ({ format, ...sel }) => {
      const { result, meta } = await compute(sel);
      const stem = `${fileStem(deps.project().name)}-agreement-${today()}`;
      if (format === 'html')
        return {
          fileName: `${stem}.html`,
          content: renderReportHtml(result, meta),
          mimeType: 'text/html',
          encoding: 'utf8',
        };
      const pdf = await renderReportPdf(result, meta);
      return {
        fileName: `${stem}.pdf`,
        content: pdf.toString('base64'),
        mimeType: 'application/pdf',
        encoding: 'base64',
      };
    },
  };
}
