import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from './cli-errors.ts';
import { processIo, type CliIo } from './cli-io.ts';
import { REPO_ROOT } from './repo-root.ts';

function version(): string {
  try {
    return (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

const HELP = `Attune ${version()}: a local workbench for coding Adult Attachment Interview transcripts.

Usage: attune <command> [options]

  init PROJECT.attune                       create a new, empty project
  info PROJECT.attune [--json]              counts of transcripts, coders and annotations
  demo PROJECT.attune [--force] [--json]    write the demo study (SYNTHETIC – NOT REAL DATA): four invented
                                            interviews, two coders, a trainee and a consensus
  serve [PROJECT.attune] [--create] [--port N]
                                            serve the UI and API on 127.0.0.1; prints the URL (with token) first
  export-coding PROJECT.attune --coder NAME [--transcripts ID,ID] [--include-text] [--output FILE] [--passphrase-file F]
                                            one coder's coding as a .attune-coding file (no transcript text unless asked)
  package PROJECT.attune --coder NAME --output FILE [--passphrase-file F] [--force] [--json]
                                            a coder's package from the study plan: their transcripts and own work only
                                            (age-encrypted with a passphrase file; .attune.age by convention)
  import PROJECT.attune FILE... [--json] [--speaker LABEL=ROLE]... [--replace NAME=TOKEN]... [--replacements FILE.csv]
                                            import transcripts (.docx .txt .odt .rtf), each in one transaction;
                                            --speaker lists the speaker labels (ROLE: interviewer, respondent, other)
  text PROJECT.attune TRANSCRIPT            print a transcript's stored text exactly (by id, title or hash)
  import-coding PROJECT.attune FILE... [--only-matching] [--json] [--passphrase-file F]
                                            bring in .attune-coding files or annotation CSVs (each all-or-nothing)
  export-qdpx PROJECT.attune --output FILE.qdpx [--transcripts ID,...] [--coders NAME,...]
                                            the project as a REFI-QDA project for ATLAS.ti, MAXQDA, NVivo, QualCoder
  import-qdpx PROJECT.attune FILE.qdpx [--json]
                                            bring in a REFI-QDA project (all or nothing; lists what does not come across)
  export-qdc PROJECT.attune [--output FILE.qdc]
                                            the active codebook as a REFI-QDA codebook
  import-qdc PROJECT.attune FILE.qdc [--json]
                                            a REFI-QDA codebook into the active one (new codes in a new version)
  agree FILE.csv --metric M [options]       inter-rater agreement on a unit-by-coder table
  agree-units FILE.csv --length N [--coders NAME,...] [--json]
                                            Krippendorff's unitizing alpha on coded spans
  agree-project PROJECT.attune [--json] [--transcripts ID,ID] [--coders NAME,...] [--threshold 0.5] [--level L]
                                            the agreement dashboard's figures for a project
  export-codings PROJECT.attune --layout long|wide [--include memos,status] [--spss] [--transcripts ID,ID] [--coders NAME,...] [--output FILE.csv]
                                            all codings as CSV for R or SPSS
  segments PROJECT.attune [--codes ID,...] [--groups ID,...] [--coders NAME,...] [--sections N,...] [--transcripts ID,...] [--json]
                                            every highlight across transcripts, filtered (section "none": before the first)
  print PROJECT.attune TRANSCRIPT [--coders NAME,...] --format html|pdf --output FILE
                                            a coded transcript for meetings: line numbers, highlights, margin codes, score sheets
  report PROJECT.attune --format html|pdf [--transcripts ID,ID] [--coders NAME,...] [--output FILE]
                                            the agreement report, method section included
  log PROJECT.attune [--action ACTION] [--json]
                                            the audit log, newest first (who did what to which id, never text)
  role PROJECT.attune NAME ROLE             give a coder the role coder, lead, trainer or trainee (recorded)
  delete-transcript PROJECT.attune ID --yes
                                            delete a transcript (by id or title) with all coding attached, for good
  delete-coder PROJECT.attune NAME --yes    delete a coder with all their coding, for good (the log keeps their name)
  plan PROJECT.attune --coders NAME,NAME,... [--overlap 0.25] [--seed N] [--stratify FIELD] [--transcripts ID,...] [--json]
                                            a reliability study's plan: one primary coder per transcript, round(overlap x n)
                                            double-coded with balanced pairs (new names are added as coders)
  progress PROJECT.attune [--json]          per coder and transcript: not started, in progress, complete, returned
  reveal PROJECT.attune [--transcripts ID,...]
                                            reveal the whole project, or single transcripts once their coders are done

--passphrase-file F: the passphrase of encrypted (age) files, read from F's first line. Any command given an
encrypted project (a package sent as .attune.age) decrypts it to the working copy beside it (PROJECT.attune)
and works on that; without the option, or with a wrong passphrase, it exits 2 and writes nothing.

Nothing leaves this machine: Attune makes no network connections except to 127.0.0.1 when serving.`;

/** More than one line is worth saying about these; the rest are described by their line in HELP. */
const DETAILS: Record<string, string> = {
  agree: `
FILE.csv: header unit,<coder>,<coder>,...; one row per unit; an empty cell or NA is a missing value.
METRIC: percent-agreement [--per-category] | cohen-kappa [--max-kappa] [--per-category] | scott-pi
        | weighted-kappa | gwet-ac2 (--weights KIND | --weights-file W.csv) | fleiss-kappa | brennan-prediger
        | gwet-ac1 | hubert-kappa | light-kappa | icc --form 1,1|2,1|3,1|1,k|2,k|3,k
        | krippendorff-alpha --level nominal|ordinal|interval|ratio [--resamples N --seed N] [--per-category]
--weights KIND      linear | quadratic | ordinal | radical | ratio | circular | bipolar | identity (Gwet 2014)
--weights-file W    square CSV of agreement weights; first row and column name the categories
--categories a,b,c  the full ordered category set (required for ordered metrics on text labels)
--na NA,...         strings read as missing besides the empty cell (default NA; --na '' for none)
--input counts      FILE.csv is unit,<category>,... with how many coders chose each (fractions allowed)
--json              {"metric","value","units","coders","reason","se","ci"|"ci_reason","z","p","observed",
                     "expected","missing","categories","max_kappa"}, each where defined`,
  'import-qdpx': `
--json    {"transcripts": n, "coders": n, "codes": n, "annotations": n, "codebook": "<id>@<version>",
           "skipped": [{"what", "why"}]}`,
  'import-qdc': `
--json    {"codebook": "<id>@<version>", "matched": n, "added": ["<code>", ...], "skipped": [{"what", "why"}]}`,
  demo: `
Refuses an existing file unless --force. Two runs write the same project except for ids and times.
--json    {"path", "notice", "transcripts": n, "coders": n, "annotations": n}`,
  plan: `
Acts as the project's lead. Replaces any earlier plan. Without --seed a random seed is drawn (the text output
shows it). Transcripts are listed in the project's order (by title); the first coder of each list is the primary.
--overlap   0 to 1; exactly Math.round(overlap x transcripts) are double-coded (a half rounds up: 2.5 -> 3)
--stratify  a metadata field: the double-coded subset is drawn in proportion from each of its values
--json      {"assignments": [{"transcript": "<id>", "coders": ["<name>", ...]}, ...], "double_coded": n,
             "pairs": {"<name>+<name>": n, ...}}: every pair of the named coders, its names in alphabetical order`,
  progress: `
Acts as the project's lead. Without a plan every coder (not trainees, not the consensus) counts for every transcript.
--json    {"coders": {"<name>": {"assigned": n, "returned": n, "complete": n}},
           "transcripts": {"<id>": {"<name>": "not-started" | "in-progress" | "complete" | "returned"}}}`,
  reveal: `
Acts as the project's lead; needs blind coding on. --transcripts reveals single transcripts (id, title or hash)
once every coder the plan assigns to each has returned or completed it (without a plan: two coders completed it);
otherwise nothing is revealed and the reason is given.`,
  segments: `
--json    [{"transcript", "title", "participant", "coder", "code", "start", "end", "line", "section", "text",
            "note", "severity"}]: text is exactly the stored text from start to end; line is 1-based;
            section is the question number start falls in (null before the first section)`,
  log: `
--json    [{"at", "coder", "action", "target"}]: at is ISO 8601 UTC; coder the acting coder's name, null when
          done by the command line or an upgrade; target the id of the coder, transcript or training set
          the act is about, null for the whole project (the project-wide reveal)`,
  'delete-transcript': `
Without --yes, says what would go and deletes nothing (exit 2). The text is scrubbed from the project file
and its journal, and the copies Attune made before upgrading the file are erased; copies elsewhere are yours.`,
  'agree-units': `
FILE.csv: header coder,start,end,category; half-open [start,end) spans on a continuum of length N;
          a row "coder,,," counts a coder who marked nothing.
--coders a,b,c  every coder who took part (a coder who marked nothing still counts)
--json    {"metric":"unitizing-alpha","categories":{"<category>": value or null},"value": overall,"coders":[...]}`,
};

/** A command's own help: its line(s) from HELP, and DETAILS where there are any. */
function commandHelp(name: string): string {
  const lines = HELP.split('\n');
  const at = lines.findIndex((l) => l.startsWith(`  ${name} `));
  const own = [lines[at] ?? ''];
  for (let i = at + 1; i < lines.length && /^ {40,}\S/.test(lines[i] ?? ''); i++) own.push(lines[i] ?? '');
  // The first line may hold the description after a run of spaces: give it a line of its own.
  const parts = own.flatMap((l, i) => (i === 0 ? l.trim().split(/\s{2,}/) : [l.trim()]));
  return `Usage: attune ${parts.join('\n  ')}${DETAILS[name] ?? ''}`;
}

type Command = (args: string[], io: CliIo) => number | Promise<number>;

// Every command is loaded on use, so `attune --help` (and each command) loads only what it needs.
const commands: Record<string, Command> = {
  init: async (a, io) => (await import('./project-commands.ts')).initCommand(a, io),
  info: async (a, io) => (await import('./project-commands.ts')).infoCommand(a, io),
  demo: async (a, io) => (await import('./demo-command.ts')).demoCommand(a, io),
  serve: async (a, io) => (await import('./serve-command.ts')).serveCommand(a, io, version()),
  'export-coding': async (a, io) => (await import('./coding-commands.ts')).exportCodingCommand(a, io, version()),
  'import-coding': async (a, io) => (await import('./coding-commands.ts')).importCodingCommand(a, io, version()),
  'export-qdpx': async (a, io) => (await import('./qda-commands.ts')).exportQdpxCommand(a, io, version()),
  'import-qdpx': async (a, io) => (await import('./qda-commands.ts')).importQdpxCommand(a, io, version()),
  'export-qdc': async (a, io) => (await import('./qda-commands.ts')).exportQdcCommand(a, io, version()),
  'import-qdc': async (a, io) => (await import('./qda-commands.ts')).importQdcCommand(a, io, version()),
  package: async (a, io) => (await import('./package-command.ts')).packageCommand(a, io, version()),
  import: async (a, io) => (await import('./import-command.ts')).importCommand(a, io, version()),
  text: async (a, io) => (await import('./import-command.ts')).textCommand(a, io, version()),
  agree: async (a, io) => (await import('./agree-command.ts')).agreeCommand(a, io),
  'agree-units': async (a, io) => (await import('./agree-command.ts')).agreeUnitsCommand(a, io),
  'agree-project': async (a, io) => (await import('./agree-project-command.ts')).agreeProjectCommand(a, io, version()),
  'export-codings': async (a, io) =>
    (await import('./agree-project-command.ts')).exportCodingsCommand(a, io, version()),
  report: async (a, io) => (await import('./agree-project-command.ts')).reportCommand(a, io, version()),
  print: async (a, io) => (await import('./print-command.ts')).printCommand(a, io, version()),
  segments: async (a, io) => (await import('./segments-command.ts')).segmentsCommand(a, io, version()),
  log: async (a, io) => (await import('./study-admin-commands.ts')).logCommand(a, io),
  role: async (a, io) => (await import('./study-admin-commands.ts')).roleCommand(a, io),
  'delete-transcript': async (a, io) => (await import('./study-admin-commands.ts')).deleteTranscriptCommand(a, io),
  'delete-coder': async (a, io) => (await import('./study-admin-commands.ts')).deleteCoderCommand(a, io),
  plan: async (a, io) => (await import('./study-commands.ts')).planCommand(a, io, version()),
  progress: async (a, io) => (await import('./study-commands.ts')).progressCommand(a, io, version()),
  reveal: async (a, io) => (await import('./study-commands.ts')).revealCommand(a, io, version()),
};

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(HELP);
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(version());
    return 0;
  }
  if (commands[name] && (rest.includes('--help') || rest.includes('-h'))) {
    io.stdout(commandHelp(name));
    return 0;
  }
  try {
    const command = commands[name];
    if (!command) throw new UsageError(`unknown command "${name}"; run \`attune --help\` for the list`);
    // Any command may be given an encrypted project (or files) with its passphrase: see cli-passphrase.ts.
    const { takePassphraseOption } = await import('./cli-passphrase.ts');
    return await command(takePassphraseOption(rest), io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`attune: ${e.message}`);
      return 2;
    }
    io.stderr(`attune: ${name} failed: ${e instanceof Error ? e.message : String(e)}`);
    if (process.env.ATTUNE_DEBUG && e instanceof Error && e.stack) io.stderr(e.stack);
    return 1;
  }
}
