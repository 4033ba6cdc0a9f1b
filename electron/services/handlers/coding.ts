import { exportCoding, importCoding, isAnnotationsCsv } from '../coding-exchange.ts';
import { importCsvInWorker } from '../exchange/csv-import-runner.ts';
import type { DomainHandlers } from './types.ts';

export const codingHandlers: DomainHandlers<'coding'> = {
  'coding-export': async ({ coderId, transcriptIds, includeText }, ctx) => {
    const a = ctx.access;
    for (const t of transcriptIds ?? ctx.project.listTranscripts().map((x) => x.id)) a.assertCanSee(coderId, t);
    return exportCoding(ctx.project, ctx.coding, { coderId, transcriptIds, includeText, attuneVersion: ctx.version });
  },
  'coding-import': async ({ fileName, content, onlyMatching }, ctx) => {
    // Bringing other coders' work into a project is the lead's job (and would unblind a coder).
    if (ctx.access.coder) ctx.access.assertPrivileged('importing coding');
    const worker = ctx.state.csvWorker;
    const progress = (done: number, total: number) =>
      ctx.events.push({ type: 'progress', task: 'import-coding', done, total });
    // A large CSV runs in a worker with its own connection, so other calls keep answering meanwhile.
    const report =
      worker && isAnnotationsCsv(content)
        ? await importCsvInWorker(worker, { path: ctx.project.path, fileName, content }, progress)
        : importCoding(ctx.project, ctx.coding, fileName, content, { onlyMatching });
    ctx.events.push({ type: 'project-changed' });
    return report;
  },
};
