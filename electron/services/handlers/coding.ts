import { createHash } from 'node:crypto';
import { exportCoding, importCoding, isAnnotationsCsv } from '../coding-exchange.ts';
import { importCsvInWorker } from '../exchange/csv-import-runner.ts';
import { decryptWithPassphrase, encryptWithPassphrase, isAgeEncrypted, needsPassphrase } from '../study/age-file.ts';
import type { DomainHandlers } from './types.ts';

export const codingHandlers: DomainHandlers<'coding'> = {
  'coding-export': async ({ coderId, transcriptIds, includeText, passphrase }, ctx) => {
    const a = ctx.access;
    for (const t of transcriptIds ?? ctx.project.listTranscripts().map((x) => x.id)) a.assertCanSee(coderId, t);
    const file = exportCoding(ctx.project, ctx.coding, {
      coderId,
      transcriptIds,
      includeText,
      attuneVersion: ctx.version,
    });
    if (passphrase === undefined) return file;
    return {
      fileName: file.fileName,
      content: String(await encryptWithPassphrase(file.content, passphrase, { armored: true })),
    };
  },
  'coding-import': async ({ fileName, content: received, onlyMatching, passphrase }, ctx) => {
    // Bringing other coders' work into a project is the lead's job (and would unblind a coder).
    if (ctx.access.coder) ctx.access.assertPrivileged('importing coding');
    const encrypted = isAgeEncrypted(received);
    if (encrypted && passphrase === undefined) throw needsPassphrase(fileName);
    const content =
      encrypted && passphrase !== undefined
        ? Buffer.from(await decryptWithPassphrase(received, passphrase, fileName)).toString('utf8')
        : received;
    const worker = ctx.state.csvWorker;
    const progress = (done: number, total: number) =>
      ctx.events.push({ type: 'progress', task: 'import-coding', done, total });
    // A large CSV runs in a worker with its own connection, so other calls keep answering meanwhile.
    const report =
      worker && isAnnotationsCsv(content)
        ? await importCsvInWorker(worker, { path: ctx.project.path, fileName, content }, progress)
        : importCoding(ctx.project, ctx.coding, fileName, content, {
            onlyMatching,
            // A returned .attune-coding is recorded per transcript (the file as received, encrypted or not).
            returned: {
              fileSha256: createHash('sha256').update(received, 'utf8').digest('hex'),
              actorId: ctx.access.coder?.id ?? null,
            },
          });
    ctx.events.push({ type: 'project-changed' });
    return report;
  },
};
