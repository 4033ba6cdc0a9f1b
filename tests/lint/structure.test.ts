import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { REPO } from '../support/cli.ts';

// ESLint holds TypeScript to 400 lines a file and 120 a function (eslint.config.js); these are the house
// rules it cannot see: folder sizes in the renderer and the length of stylesheets.
const SOURCE = /\.(ts|tsx|css)$/;

function walk(dir: string, visit: (dir: string, files: string[]) => void): void {
  const entries = readdirSync(dir);
  const files = entries.filter((e) => statSync(join(dir, e)).isFile());
  visit(dir, files);
  for (const e of entries) if (statSync(join(dir, e)).isDirectory()) walk(join(dir, e), visit);
}

describe('the shape of the tree', () => {
  it('keeps every renderer folder to at most 25 source files', () => {
    const crowded: string[] = [];
    walk(join(REPO, 'renderer'), (dir, files) => {
      const n = files.filter((f) => SOURCE.test(f)).length;
      if (n > 25) crowded.push(`${relative(REPO, dir)}: ${n} source files`);
    });
    expect(crowded).toEqual([]);
  });

  it('keeps every stylesheet to at most 400 lines', () => {
    const long: string[] = [];
    for (const top of ['renderer', 'build']) {
      walk(join(REPO, top), (dir, files) => {
        for (const f of files.filter((x) => x.endsWith('.css'))) {
          const lines = readFileSync(join(dir, f), 'utf8').split('\n').length;
          if (lines > 400) long.push(`${relative(REPO, join(dir, f))}: ${lines} lines`);
        }
      });
    }
    expect(long).toEqual([]);
  });

  it('has lint refuse a source file over 400 lines or a function over 120, and let tests be longer', async () => {
    const eslint = new ESLint({ cwd: REPO });
    const rules = async (filePath: string, code: string) => {
      const [r] = await eslint.lintText(code, { filePath: join(REPO, filePath) });
      return (r?.messages ?? []).map((m) => m.ruleId);
    };
    const longFile = Array.from({ length: 401 }, (_, i) => `export const v${i} = ${i};`).join('\n') + '\n';
    const longFunction = `export function f(): number {\n${'  let x = 1;\n'.repeat(121)}  return 1;\n}\n`;
    expect(await rules('shared/probe.ts', longFile)).toContain('max-lines');
    expect(await rules('renderer/ui/probe.ts', longFunction)).toContain('max-lines-per-function');
    expect(await rules('shared/probe.test.ts', longFile + longFunction)).not.toContain('max-lines');
    expect(await rules('tests/e2e/probe.e2e.ts', longFunction)).not.toContain('max-lines-per-function');
  });
});
