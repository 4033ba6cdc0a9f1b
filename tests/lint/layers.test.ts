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

  it('refuses a feature import from ui/, state/ and api/, naming the allowed layers', async () => {
    for (const [file, spec] of [
      ['renderer/ui/probe.tsx', '../features/coding/index.ts'],
      ['renderer/ui/charts/probe.tsx', '../../features/agreement/agreement-dashboard.tsx'],
      ['renderer/state/probe.ts', '../features/sections/section-edits.ts'],
      ['renderer/api/probe.ts', '../app/app.tsx'],
    ]) {
      const [msg] = await messagesFor(file!, `import { x } from '${spec}';\nexport const y = x;\n`);
      expect(msg, `${file} -> ${spec}`).toContain('ui/, state/ and api/ are shared by every feature');
      expect(msg).toContain('they import no feature and not app/');
    }
    expect(
      await messagesFor('renderer/ui/probe.tsx', "import { tint } from './color.ts';\nexport const t = tint;\n"),
    ).toEqual([]);
  });

  it("refuses a feature reaching into another feature's files, and allows its index", async () => {
    const refused = [
      ['renderer/features/coding/probe.ts', '../transcript/types.ts'],
      ['renderer/features/coding/probe.ts', '../transcript/sub/deep.ts'],
      ['renderer/features/codebook/forms/probe.ts', '../../score-sheet/score-sheet-logic.ts'],
      ['renderer/features/a/b/c/probe.ts', '../../../find/find.ts'],
    ];
    for (const [file, spec] of refused) {
      const [msg] = await messagesFor(file!, `import { x } from '${spec}';\nexport const y = x;\n`);
      expect(msg, `${file} -> ${spec}`).toContain('A feature is used through its index only');
      expect(msg).toContain('import features/<name>/index.ts');
    }
    const allowed = [
      ['renderer/features/coding/probe.ts', '../transcript/index.ts'],
      ['renderer/features/coding/probe.ts', './coding-view.tsx'],
      ['renderer/features/codebook/forms/probe.ts', '../codebook-draft.ts'],
      ['renderer/features/codebook/forms/probe.ts', '../../score-sheet/index.ts'],
      ['renderer/features/coding/probe.ts', '../../state/undo-stack.ts'],
      ['renderer/features/codebook/forms/probe.ts', '../../../ui/tab-keys.ts'],
    ];
    for (const [file, spec] of allowed)
      expect(await messagesFor(file!, `import { x } from '${spec}';\nexport const y = x;\n`), spec).toEqual([]);
  });

  it('refuses an app/ import from a feature at any depth, naming the layers', async () => {
    for (const [file, spec] of [
      ['renderer/features/coding/probe.tsx', '../../app/app-header.tsx'],
      ['renderer/features/coding/panel/probe.ts', '../../../app/use-app-events.ts'],
      ['renderer/features/a/b/c/probe.ts', '../../../../app/app.tsx'],
    ]) {
      const [msg] = await messagesFor(file!, `import { x } from '${spec}';\nexport const y = x;\n`);
      expect(msg, `${file} -> ${spec}`).toContain('A feature never imports app/');
      expect(msg).toContain('app/ -> features/<name>/index.ts');
    }
    // The feature's own files and the shared layers stay open to it.
    for (const spec of ['./coding-view.tsx', '../../state/undo-stack.ts', '../../ui/modal-dialog.tsx'])
      expect(
        await messagesFor('renderer/features/coding/probe.ts', `import { x } from '${spec}';\nexport const y = x;\n`),
        spec,
      ).toEqual([]);
  });

  it('lets app/ use a feature through its index only', async () => {
    const [msg] = await messagesFor(
      'renderer/app/probe.tsx',
      "import { CodingView } from '../features/coding/coding-view.tsx';\nexport const c = CodingView;\n",
    );
    expect(msg).toContain('A feature is used through its index only');
    expect(
      await messagesFor(
        'renderer/app/probe.tsx',
        "import { CodingView } from '../features/coding/index.ts';\nexport const c = CodingView;\n",
      ),
    ).toEqual([]);
  });

  it('keeps the renderer-wide rule in every renderer layer', async () => {
    for (const file of ['renderer/app/probe.ts', 'renderer/features/coding/probe.ts', 'renderer/ui/probe.ts']) {
      const [msg] = await messagesFor(
        file,
        "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n",
      );
      expect(msg, file).toContain('renderer/ may import renderer/ and shared/ only');
    }
  });

  it('keeps the service layer, host and CLI independent of Electron', async () => {
    for (const file of ['electron/services/probe.ts', 'electron/host/probe.ts', 'electron/cli/probe.ts']) {
      const [msg] = await messagesFor(file, "import { app } from 'electron';\nexport const a = app;\n");
      expect(msg, file).toContain('never import electron');
    }
  });
});
