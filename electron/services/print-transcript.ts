// The printable coded transcript: a transcript with each chosen coder's highlights and score sheet, only
// for coders whose work the acting coder may see (Access), as HTML or PDF.
import type { AgreementFile } from '../../shared/api/agreement.ts';
import { buildPrintModel, MAX_PRINT_CODERS, type PrintCoder } from '../../shared/print/print-model.ts';
import { renderPrintHtml } from '../../shared/print/print-html.ts';
import { formatClassification } from '../../shared/reliability/common.ts';
import { fileStem } from './agreement-data.ts';
import type { ServiceContext } from './context.ts';
import { ServiceError } from './service-error.ts';
import { transcriptStructure } from './transcript-structure.ts';

function coderSheet(ctx: ServiceContext, transcriptId: string, coderId: string, name: string): PrintCoder {
  const { project: store, coding } = ctx;
  const codebook = store.activeCodebook().codebook;
  const codeLabel = new Map(codebook.codes.map((c) => [c.id, c.label]));
  const scaleLabel = new Map(codebook.scales.map((s) => [s.id, s.label]));
  const events = coding.listEvents(transcriptId, coderId);
  const eventName = new Map(events.map((e, i) => [e.id, `event ${i + 1} (${e.kind}${e.who ? `: ${e.who}` : ''})`]));
  const c = coding.getClassification(transcriptId, coderId);
  const classification = c
    ? `${formatClassification(c)}${c.secondAlternative ? `/${c.secondAlternative}` : ''}${c.confidence !== null ? `, confidence ${Math.round(c.confidence * 100)}%` : ''}${c.forced ? ', forced' : ''}${c.note ? `. ${c.note}` : ''}`
    : null;
  return {
    name,
    annotations: store.listAnnotations(transcriptId, coderId).map((a) => ({
      start: a.start,
      end: a.end,
      label: codeLabel.get(a.codeId) ?? a.codeId,
      severity: a.severity,
    })),
    classification,
    ratings: coding.listRatings(transcriptId, coderId).map((r) => ({
      label: scaleLabel.get(r.scaleId) ?? r.scaleId,
      target: r.target.startsWith('event:') ? (eventName.get(r.target.slice(6)) ?? 'event') : r.target,
      value: r.notRateable ? 'not rateable' : r.value === null ? '' : String(r.value),
    })),
    events: events.map(
      (e, i) =>
        `Event ${i + 1}: ${e.kind}${e.who ? `, ${e.who}` : ''}${e.speakerAge ? `, age ${e.speakerAge}` : ''}${e.note ? `. ${e.note}` : ''}`,
    ),
  };
}

/** The coders to print: those named (each must be visible), else every visible coder with coding here. */
function chooseCoders(ctx: ServiceContext, transcriptId: string, coderIds: string[] | undefined) {
  const all = ctx.project.listCoders();
  if (coderIds) {
    if (coderIds.length > MAX_PRINT_CODERS)
      throw new ServiceError(
        'validation',
        `a printed transcript has margin columns for at most ${MAX_PRINT_CODERS} coders`,
      );
    return coderIds.map((id) => {
      const c = all.find((x) => x.id === id);
      if (!c) throw new ServiceError('not-found', `no coder with id ${id}`);
      ctx.access.assertCanSee(id, transcriptId);
      return c;
    });
  }
  const visible = new Set(ctx.access.visibleCoderIds(transcriptId));
  const coded = new Set(ctx.project.listAnnotations(transcriptId).map((a) => a.coderId));
  const withWork = all.filter(
    (c) => visible.has(c.id) && (coded.has(c.id) || ctx.coding.getClassification(transcriptId, c.id) !== null),
  );
  if (withWork.length > MAX_PRINT_CODERS)
    throw new ServiceError(
      'validation',
      `${withWork.length} coders coded this transcript; choose at most ${MAX_PRINT_CODERS} (${withWork.map((c) => c.name).join(', ')})`,
    );
  return withWork;
}

export async function printTranscript(
  ctx: ServiceContext,
  a: { transcriptId: string; coderIds?: string[] | undefined; format: 'html' | 'pdf' },
  opts: { compress?: boolean } = {},
): Promise<AgreementFile> {
  if (!ctx.access.coder && ctx.access.isBlind(a.transcriptId))
    throw new ServiceError('refused', 'blind coding is on: choose your coder identity first');
  const t = ctx.project.getTranscript(a.transcriptId);
  const coders = chooseCoders(ctx, t.id, a.coderIds);
  const structure = transcriptStructure(ctx.project, t.id);
  const model = buildPrintModel({
    title: t.title,
    participant: ctx.access.visibleMetadata(t.metadata).participantCode?.trim() || null,
    projectName: ctx.project.name,
    text: t.text,
    turns: structure.turns,
    sections: structure.sections,
    coders: coders.map((c) => coderSheet(ctx, t.id, c.id, c.name)),
  });
  const generated = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const stem = `${fileStem(t.title)}-coded`;
  if (a.format === 'html')
    return {
      fileName: `${stem}.html`,
      content: renderPrintHtml(model, generated),
      mimeType: 'text/html',
      encoding: 'utf8',
    };
  const { renderPrintPdf } = await import('./print-pdf.ts');
  const pdf = await renderPrintPdf(model, generated, opts);
  return { fileName: `${stem}.pdf`, content: pdf.toString('base64'), mimeType: 'application/pdf', encoding: 'base64' };
}
