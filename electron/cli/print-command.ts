// `attune print`: a transcript printed with line numbers, speaker turns, section headings, each chosen
// coder's highlights and margin codes, and their score sheets (through the same dispatcher as the app).
import { existsSync, writeFileSync } from 'node:fs';
import type { AgreementFile } from '../../shared/api/agreement.ts';
import { UsageError } from './cli-errors.ts';
import type { CliIo } from './cli-io.ts';
import { parse } from './project-commands.ts';
import { list, resolveCoders, resolveTranscripts } from './segments-command.ts';
import { withServices } from './with-services.ts';

const USAGE = 'attune print PROJECT.attune TRANSCRIPT [--coders NAME,...] --format html|pdf --output FILE';

export async function printCommand(args: string[], io: CliIo, version: string): Promise<number> {
  const { positionals, values } = parse(
    args,
    { coders: { type: 'string' }, format: { type: 'string' }, output: { type: 'string', short: 'o' } },
    USAGE,
  );
  const [project, transcript, ...rest] = positionals;
  if (!project || !transcript) throw new UsageError(`name a project and a transcript (usage: ${USAGE})`);
  if (rest.length) throw new UsageError(`unexpected argument "${rest[0]}" (usage: ${USAGE})`);
  if (!project.toLowerCase().endsWith('.attune'))
    throw new UsageError(`${project}: a project file name ends in .attune`);
  if (values.format !== 'html' && values.format !== 'pdf')
    throw new UsageError(`--format must be html or pdf (usage: ${USAGE})`);
  const out = values.output;
  if (!out) throw new UsageError(`--output is required (usage: ${USAGE})`);
  if (existsSync(out)) throw new UsageError(`${out} already exists; choose another --output`);
  return withServices(
    project,
    version,
    async (call) => {
      const [transcriptId] = (await resolveTranscripts(call, [transcript]))!;
      const f = await call<AgreementFile>('report-create-transcript', {
        transcriptId,
        coderIds: await resolveCoders(call, list(values.coders), project),
        format: values.format,
      });
      writeFileSync(out, f.encoding === 'base64' ? Buffer.from(f.content, 'base64') : f.content, { flag: 'wx' });
      io.stdout(out);
      return 0;
    },
    { forReading: true },
  );
}
