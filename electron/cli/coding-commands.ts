import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { basename } from 'node:path';
import type { Coder } from '../../shared/api/coder.ts';
import type { CodingImportReport } from '../../shared/api/coding.ts';
import { isAgeEncrypted, loadAge } from '../services/study/age-file.ts';
import { readFailure, UsageError } from './cli-errors.ts';
import { cliPassphrase } from './cli-passphrase.ts';
import type { CliIo } from './cli-io.ts';
import { parse, projectArg } from './project-commands.ts';
import { withServices } from './with-services.ts';

const EXPORT_USAGE =
  'attune export-coding PROJECT.attune --coder NAME [--transcripts ID,ID] [--include-text] [--output FILE] [--passphrase-file F]';

export async function exportCodingCommand(args: string[], io: CliIo, version: string): Promise<number> {
  const { positionals, values } = parse(
    args,
    {
      coder: { type: 'string' },
      transcripts: { type: 'string' },
      'include-text': { type: 'boolean' },
      output: { type: 'string', short: 'o' },
    },
    EXPORT_USAGE,
  );
  const project = projectArg(positionals, EXPORT_USAGE);
  if (!values.coder) throw new UsageError(`--coder is required (usage: ${EXPORT_USAGE})`);
  return withServices(project, version, async (call) => {
    const coders = await call<Coder[]>('coder-list');
    const coder =
      coders.find((c) => c.id === values.coder) ??
      coders.find((c) => c.name.toLowerCase() === values.coder!.toLowerCase());
    if (!coder)
      throw new UsageError(
        `no coder "${values.coder}" in ${basename(project)} (coders: ${coders.map((c) => c.name).join(', ') || 'none'})`,
      );
    const transcriptIds = values.transcripts
      ? values.transcripts
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : undefined;
    const file = await call<{ fileName: string; content: string }>('coding-export', {
      coderId: coder.id,
      transcriptIds,
      includeText: values['include-text'] ?? false,
      // With --passphrase-file the file is written encrypted (a package's coder returns it so).
      passphrase: cliPassphrase(),
    });
    const out = values.output ?? file.fileName;
    if (existsSync(out)) throw new UsageError(`${out} already exists; choose another --output`);
    writeFileSync(out, file.content, { flag: 'wx' });
    io.stdout(out);
    return 0;
  });
}

const IMPORT_USAGE = 'attune import-coding PROJECT.attune FILE... [--only-matching] [--json] [--passphrase-file F]';

/** A coding file as text: an encrypted one written by `age` without -a (binary) is carried armored. */
async function readCodingFile(file: string): Promise<string> {
  const bytes = readFileSync(file);
  const binaryAge = bytes.subarray(0, 19).toString('latin1') === 'age-encryption.org/';
  return binaryAge ? (await loadAge()).armor.encode(bytes) : bytes.toString('utf8');
}

export async function importCodingCommand(args: string[], io: CliIo, version: string): Promise<number> {
  const { positionals, values } = parse(
    args,
    { json: { type: 'boolean' }, 'only-matching': { type: 'boolean' } },
    IMPORT_USAGE,
  );
  const [project, ...files] = positionals;
  projectArg(project ? [project] : [], IMPORT_USAGE);
  if (files.length === 0)
    throw new UsageError(`name at least one .attune-coding or .csv file (usage: ${IMPORT_USAGE})`);
  return withServices(project!, version, async (_call, services) => {
    const results: (({ file: string; ok: true } & CodingImportReport) | { file: string; ok: false; error: string })[] =
      [];
    // Each file is all-or-nothing on its own; one bad file does not stop the others.
    for (const file of files) {
      let content: string;
      try {
        content = await readCodingFile(file);
      } catch (e) {
        results.push({ file, ok: false, error: `${file}: cannot read: ${readFailure(e)}` });
        continue;
      }
      if (isAgeEncrypted(content) && cliPassphrase() === undefined) {
        results.push({
          file,
          ok: false,
          error: `${file} is encrypted with a passphrase: give it with --passphrase-file FILE`,
        });
        continue;
      }
      const r = await services.dispatcher.dispatch('coding-import', {
        fileName: basename(file),
        content,
        onlyMatching: values['only-matching'] ?? false,
        passphrase: isAgeEncrypted(content) ? cliPassphrase() : undefined,
      });
      results.push(
        r.ok ? { file, ok: true, ...(r.value as CodingImportReport) } : { file, ok: false, error: r.error.message },
      );
    }
    if (values.json) io.stdout(JSON.stringify(results));
    else
      for (const r of results) {
        if (!r.ok) io.stderr(`attune: ${r.error}`);
        else {
          const skipped = r.rowsSkipped ? `; ${r.rowsSkipped} row(s) that are not highlights skipped` : '';
          io.stdout(
            r.unchanged
              ? `${r.file}: already imported, nothing changed${skipped}`
              : `${r.file}: ${r.coders.join(', ')}: ${r.transcripts} transcript(s), ${r.annotationsAdded} highlight(s) added, ${r.annotationsUpdated} updated, ${r.annotationsRemoved} removed, ${r.ratings} rating(s), ${r.classifications} classification(s)${skipped}`,
          );
        }
        if (r.ok) for (const w of r.warnings) io.stderr(`attune: warning: ${w}`);
      }
    return results.every((r) => r.ok) ? 0 : 2;
  });
}
