import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import {
  MAX_IMPORT_FILE_BYTES,
  type ImportOptions,
  type ImportResult,
  type Transcript,
  type TranscriptSummary,
} from '../../shared/api/transcript.ts';
import type { Replacement } from '../../shared/transcript/pseudonymize.ts';
import {
  decodeReplacementList,
  MAX_LIST_FILE_BYTES,
  parseReplacementList,
} from '../../shared/transcript/replacement-list.ts';
import type { SpeakerPattern } from '../../shared/transcript/turns.ts';
import { readFailure, UsageError } from './cli-errors.ts';
import type { CliIo } from './cli-io.ts';
import { parse, projectArg } from './project-commands.ts';
import { withServices } from './with-services.ts';

const IMPORT_USAGE =
  'attune import PROJECT.attune FILE... [--json] [--speaker LABEL=ROLE]... [--replace NAME=TOKEN]... [--replacements FILE.csv]';

const ROLES = ['interviewer', 'respondent', 'other'] as const;

function speakerOption(value: string): SpeakerPattern {
  const m = /^(.+?)=(interviewer|respondent|other)$/i.exec(value);
  if (!m)
    throw new UsageError(
      `--speaker ${value}: write LABEL=ROLE with ROLE one of ${ROLES.join(', ')} (e.g. --speaker INT=interviewer)`,
    );
  return { label: m[1]!.trim().replace(/:$/, ''), role: m[2]!.toLowerCase() as SpeakerPattern['role'] };
}

function replaceOption(value: string): Replacement {
  const at = value.indexOf('=');
  if (at <= 0) throw new UsageError(`--replace ${value}: write NAME=TOKEN (e.g. --replace "Margaret=[MOTHER]")`);
  return { find: value.slice(0, at), replace: value.slice(at + 1) };
}

/**
 * A replacement list file (`name,replacement[,case-sensitive]`, read by the same parser as the import
 * dialog's "Load list…"). Kept outside the project on purpose: it pairs real names with tokens. A blank
 * case-sensitive cell means any case here (the CLI has no preview to show a different default).
 */
export function readReplacementsCsv(path: string): Replacement[] {
  let bytes: Buffer;
  try {
    if (statSync(path).size > MAX_LIST_FILE_BYTES) throw new UsageError(`${path}: too large for a replacement list`);
    bytes = readFileSync(path);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`${path}: ${readFailure(e)}`);
  }
  const parsed = parseReplacementList(decodeReplacementList(bytes, TextDecoder));
  if (!parsed.ok) {
    const [first] = parsed.problems;
    const more = parsed.problems.length - 1;
    throw new UsageError(
      `${path}: nothing was imported. row ${first!.row}: ${first!.message}${more ? ` (and ${more} more ${more === 1 ? 'problem' : 'problems'})` : ''}`,
    );
  }
  return parsed.entries.map(({ find, replace, caseSensitive }) => ({
    find,
    replace,
    ...(caseSensitive ? { caseSensitive } : {}),
  }));
}

type Outcome =
  | { file: string; ok: true; transcript: string; words: number; turns: number; sections: number }
  | { file: string; ok: false; error: string };

export async function importCommand(args: string[], io: CliIo, version: string): Promise<number> {
  const { positionals, values } = parse(
    args,
    {
      json: { type: 'boolean' },
      speaker: { type: 'string', multiple: true },
      replace: { type: 'string', multiple: true },
      replacements: { type: 'string' },
    },
    IMPORT_USAGE,
  );
  const [project, ...files] = positionals;
  projectArg(project ? [project] : [], IMPORT_USAGE);
  if (files.length === 0)
    throw new UsageError(`name at least one transcript file (.docx, .txt, .odt, .rtf) (usage: ${IMPORT_USAGE})`);
  const options: ImportOptions = {};
  if (values.speaker?.length) options.speakerPatterns = values.speaker.map(speakerOption);
  const replacements = [
    ...(values.replacements ? readReplacementsCsv(values.replacements) : []),
    ...(values.replace ?? []).map(replaceOption),
  ];
  if (replacements.length) options.replacements = replacements;

  return withServices(project!, version, async (_call, services) => {
    const results: Outcome[] = [];
    // One transaction per file inside the service: a bad file is reported and the batch goes on.
    for (const file of files) {
      const name = basename(file);
      let bytes: Buffer;
      try {
        const size = statSync(file).size;
        if (size > MAX_IMPORT_FILE_BYTES) {
          results.push({
            file,
            ok: false,
            error: `${name}: the file is too large to import (${(size / 1048576).toFixed(1)} MB; the limit is 48 MB).`,
          });
          continue;
        }
        bytes = readFileSync(file);
      } catch (e) {
        results.push({ file, ok: false, error: `${file}: cannot read: ${readFailure(e)}` });
        continue;
      }
      const r = await services.dispatcher.dispatch('transcript-import-file', {
        fileName: name,
        contentBase64: bytes.toString('base64'),
        options,
      });
      if (r.ok) {
        const v = r.value as ImportResult;
        results.push({ file, ok: true, transcript: v.id, words: v.words, turns: v.turns, sections: v.sections });
      } else results.push({ file, ok: false, error: r.error.message });
    }
    if (values.json) io.stdout(JSON.stringify(results));
    else
      for (const r of results) {
        if (r.ok)
          io.stdout(
            `${r.file}: imported as ${r.transcript} (${r.words} words, ${r.turns} turns, ${r.sections} sections)`,
          );
        else io.stderr(`attune: ${r.error}`);
      }
    return results.every((r) => r.ok) ? 0 : 2;
  });
}

const TEXT_USAGE = 'attune text PROJECT.attune TRANSCRIPT';

/**
 * Print a transcript's stored text exactly: no newline is added (stored text never ends with one),
 * so `attune text … > file` reproduces the bytes whose SHA-256 is the transcript's hash.
 */
export async function textCommand(
  args: string[],
  _io: CliIo,
  version: string,
  write: (s: string) => void = (s) => void process.stdout.write(s),
): Promise<number> {
  const { positionals } = parse(args, {}, TEXT_USAGE);
  const [project, wanted, ...rest] = positionals;
  projectArg(project ? [project] : [], TEXT_USAGE);
  if (!wanted) throw new UsageError(`name a transcript by id, title or hash (usage: ${TEXT_USAGE})`);
  if (rest.length) throw new UsageError(`unexpected argument "${rest[0]}" (usage: ${TEXT_USAGE})`);
  return withServices(project!, version, async (call) => {
    const all = await call<TranscriptSummary[]>('transcript-list');
    const byTitle = all.filter((t) => t.title.toLowerCase() === wanted.toLowerCase());
    const match =
      all.find((t) => t.id === wanted || t.hash === wanted.toLowerCase()) ??
      (byTitle.length === 1 ? byTitle[0] : undefined);
    if (!match) {
      if (byTitle.length > 1)
        throw new UsageError(
          `${byTitle.length} transcripts are titled "${wanted}"; name one by id (${byTitle.map((t) => t.id).join(', ')})`,
        );
      throw new UsageError(`no transcript "${wanted}" in ${basename(project!)}; \`attune import\` prints the ids`);
    }
    const t = await call<Transcript>('transcript-get', { id: match.id });
    write(t.text);
    return 0;
  });
}
