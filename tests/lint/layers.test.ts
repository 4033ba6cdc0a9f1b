import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { REPO } from '../support/cli.ts';

const eslint = new ESLint({ cwd: REPO });

async function messagesFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${REPO}/${filePath}` });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer rules (lint)', () => {
  it('keeps shared/ free of Node, Electron and React, naming the allowed layers', async () => {
    for (const mod of ['node:fs', 'path', 'electron', 'react']) {
      const [msg] = await messagesFor('shared/probe.ts', `import x from '${mod}';\nexport default x;\n`);
      expect(msg, mod).toContain('shared/ is pure TypeScript');
      expect(msg).toContain('it may import only other shared/ files');
    }
    expect(await messagesFor('shared/probe.ts', "import { z } from 'zod';\nexport const s = z.string();\n")).toEqual(
      [],
    );
  });

  it('keeps the renderer away from electron/ and Node', async () => {
    const [msg] = await messagesFor(
      'renderer/probe.ts',
      "import { createServices } from '../electron/services/services.ts';\nexport const c = createServices;\n",
    );
    expect(msg).toContain('renderer/ may import renderer/ and shared/ only');
    expect(
      await messagesFor(
        'renderer/probe.ts',
        "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n",
      ),
    ).toHaveLength(1);
  });

  it('keeps the service layer, host and CLI independent of Electron', async () => {
    for (const file of ['electron/services/probe.ts', 'electron/host/probe.ts', 'electron/cli/probe.ts']) {
      const [msg] = await messagesFor(file, "import { app } from 'electron';\nexport const a = app;\n");
      expect(msg, file).toContain('never import electron');
    }
  });
});
