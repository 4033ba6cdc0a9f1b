import { basename, resolve } from 'node:path';
import type { Coder } from '../../shared/api/coder.ts';
import { ServiceError } from '../services/service-error.ts';
import { packageInfo, packageTranscriptsOf, writeCoderPackage } from '../services/study/package.ts';
import { UsageError } from './cli-errors.ts';
import type { CliIo } from './cli-io.ts';
import { cliPassphrase, isProjectName } from './cli-passphrase.ts';
import { parse, projectArg } from './project-commands.ts';
import { withServices } from './with-services.ts';

const USAGE = 'attune package PROJECT.attune --coder NAME --output FILE [--passphrase-file F] [--force] [--json]';

/**
 * One coder's package from the study plan: their transcripts, the active codebook, themselves and their
 * own earlier work, nothing of anyone else (see study/package.ts); age-encrypted with --passphrase-file.
 */
export async function packageCommand(args: string[], io: CliIo, version: string): Promise<number> {
  const { positionals, values } = parse(
    args,
    {
      coder: { type: 'string' },
      output: { type: 'string', short: 'o' },
      force: { type: 'boolean' },
      json: { type: 'boolean' },
    },
    USAGE,
  );
  const project = projectArg(positionals, USAGE);
  if (!values.coder) throw new UsageError(`--coder is required (usage: ${USAGE})`);
  if (!values.output) throw new UsageError(`--output is required (usage: ${USAGE})`);
  if (!isProjectName(values.output))
    throw new UsageError(
      `--output ${values.output}: a package file name ends in .attune (or .attune.age when encrypted)`,
    );
  const passphrase = cliPassphrase();
  const output = resolve(values.output);
  return withServices(project, version, async (call, services) => {
    const store = services.current();
    if (!store) throw new UsageError(`${project} could not be opened`);
    if (packageInfo(store))
      throw new UsageError(`${basename(project)} is itself a coder package: write packages from the lead's project`);
    const coders = await call<Coder[]>('coder-list');
    const wanted = values.coder!.toLowerCase();
    const coder = coders.find(
      (c) => c.role !== 'consensus' && (c.id === values.coder || c.name.toLowerCase() === wanted),
    );
    if (!coder)
      throw new UsageError(
        `no coder "${values.coder}" in ${basename(project)} (coders: ${
          coders
            .filter((c) => c.role !== 'consensus')
            .map((c) => c.name)
            .join(', ') || 'none'
        })`,
      );
    try {
      const written = await writeCoderPackage(store, {
        coderId: coder.id,
        transcriptIds: packageTranscriptsOf(store, coder.id),
        output,
        passphrase,
        overwrite: values.force ?? false,
        actorId: null,
      });
      if (values.json)
        io.stdout(
          JSON.stringify({
            path: values.output,
            coder: coder.name,
            transcripts: written.transcripts,
            encrypted: written.encrypted,
          }),
        );
      else
        io.stdout(
          `${values.output}: package for ${coder.name}, ${written.transcripts} transcript(s)${written.encrypted ? ', encrypted' : ''}`,
        );
      if (written.leftOut > 0)
        io.stderr(
          `attune: warning: ${written.leftOut} item(s) of ${coder.name}'s coding made with another codebook version were left out`,
        );
      return 0;
    } catch (e) {
      if (e instanceof ServiceError)
        throw new UsageError(e.type === 'conflict' ? `${e.message} (--force replaces it)` : e.message);
      throw e;
    }
  });
}
