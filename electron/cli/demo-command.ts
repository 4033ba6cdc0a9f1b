import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { writeDemoStudy } from '../services/demo/demo-file.ts';
import { SYNTHETIC_NOTICE } from '../services/demo/demo-plan.ts';
import { UsageError } from './cli-errors.ts';
import type { CliIo } from './cli-io.ts';
import { parse, projectArg } from './project-commands.ts';

const USAGE = 'attune demo PROJECT.attune [--force] [--json]';

/** `attune demo PATH`: the demo study the start screen opens, written to PATH (reproducible but for ids and times). */
export async function demoCommand(args: string[], io: CliIo): Promise<number> {
  const { positionals, values } = parse(args, { force: { type: 'boolean' }, json: { type: 'boolean' } }, USAGE);
  const path = resolve(projectArg(positionals, USAGE));
  if (existsSync(path) && !values.force) throw new UsageError(`${path} already exists (--force replaces it)`);
  const counts = await writeDemoStudy(path);
  if (values.json) io.stdout(JSON.stringify({ path, notice: SYNTHETIC_NOTICE, ...counts }));
  else
    io.stdout(
      `Created ${path}: the demo study (${SYNTHETIC_NOTICE}), ${counts.transcripts} transcripts, ${counts.coders} coders, ${counts.annotations} highlights`,
    );
  return 0;
}
