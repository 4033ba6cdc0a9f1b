import { spawnSync } from 'node:child_process';

/**
 * Debian's `age` tool reads a passphrase only from a terminal; `script` (util-linux) gives it one and
 * types the passphrase from stdin. Used to check that Attune's files are standard age files both ways.
 */
function runAge(args: string[], input: string): { status: number | null; stderr: string } {
  const quoted = args.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const r = spawnSync('script', ['-qec', `age ${quoted}`, '/dev/null'], { input, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stderr: `${r.stderr}${r.stdout}` };
}

/** `age -d -o OUT IN` with the passphrase typed at its prompt. */
export function ageDecrypt(input: string, output: string, passphrase: string) {
  return runAge(['-d', '-o', output, input], `${passphrase}\n`);
}

/** `age -p -o OUT IN` (binary) with the passphrase typed twice, as its prompts ask. */
export function ageEncrypt(input: string, output: string, passphrase: string) {
  return runAge(['-p', '-o', output, input], `${passphrase}\n${passphrase}\n`);
}
