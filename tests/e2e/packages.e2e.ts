import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { AuditEntry } from '../../shared/api/audit.ts';
import type { Coder } from '../../shared/api/coder.ts';
import { expect, test } from './fixtures.ts';
import { MINI_FIXTURE } from './helpers/flow.ts';
import { api } from './helpers/host.ts';
import { fixture } from './helpers/multi-coder-seed.ts';
import { CoderPage } from './pages/coder-page.ts';
import { CodingPanelPage } from './pages/coding-panel-page.ts';
import { MultiCoderPage } from './pages/multi-coder-page.ts';
import { PackagesPage } from './pages/packages-page.ts';
import { StartPage } from './pages/start-page.ts';
import { WorkspacePage } from './pages/workspace-page.ts';

const T1 = 'syn-0001-mini';
const PASSAGE = 'She was at work mostly, I sorted myself out.';
const IDEAL = 'Idealisation: unsupported adjective';
const PACKAGE_PASS = 'copper lantern orbit maple';
const RETURN_PASS = 'seven quiet harbour lights';

test('a lead writes encrypted packages; a coder opens theirs with the passphrase in another profile, codes, returns it encrypted; the lead imports it as returned', async ({
  page,
  host,
  tmp,
  launchHost,
  browser,
}) => {
  test.setTimeout(300_000);
  // ---- The lead's project: Lena (lead), Ada and Ben, two transcripts, a plan (part A draws it; seeded here).
  const lab = join(tmp, 'lab.attune');
  await api(host, 'project-create', { path: lab });
  const lena = await api<Coder>(host, 'coder-create', { name: 'Lena', role: 'lead' });
  await api(host, 'session-set-coder', { coderId: lena.id });
  const ada = await api<Coder>(host, 'coder-create', { name: 'Ada', role: 'coder' });
  const ben = await api<Coder>(host, 'coder-create', { name: 'Ben', role: 'coder' });
  const ids: string[] = [];
  for (const file of [MINI_FIXTURE, fixture('syn-0002-int-subj.txt')])
    ids.push(
      (
        await api<{ id: string }>(host, 'transcript-import-text', {
          fileName: file.split('/').pop(),
          text: readFileSync(file, 'utf8'),
        })
      ).id,
    );
  // Ben has already coded T1 in the lead's project: nothing of it may reach Ada.
  await api(host, 'session-set-coder', { coderId: ben.id });
  await api(host, 'annotation-create', {
    transcriptId: ids[0],
    coderId: ben.id,
    codeId: 'derogation',
    start: 0,
    end: 9,
    note: 'Bens private note',
  });
  await api(host, 'session-set-coder', { coderId: null });
  const seed = new Database(lab);
  seed
    .prepare(
      'INSERT INTO study_plan (id, seed, overlap, stratify, created_at, created_by) VALUES (1, 1, 0.5, NULL, ?, ?)',
    )
    .run(new Date().toISOString(), lena.id);
  const assign = seed.prepare('INSERT INTO study_assignments (transcript_id, coder_id, position) VALUES (?, ?, ?)');
  for (const [t, who, pos] of [
    [ids[0], ada.id, 0],
    [ids[1], ben.id, 0],
    [ids[1], ada.id, 1],
  ] as const)
    assign.run(t, who, pos);
  seed.close();

  // ---- Lena writes encrypted packages from Project settings.
  await page.goto(host.url);
  await new CoderPage(page).choose('Lena');
  const lead = new MultiCoderPage(page);
  await lead.open('Project settings');
  const leadPkg = new PackagesPage(page);
  const out = join(tmp, 'out');
  (await import('node:fs')).mkdirSync(out);
  await leadPkg.writePackages(out, PACKAGE_PASS);
  await expect(leadPkg.written()).toHaveCount(2);
  await expect(leadPkg.written().filter({ hasText: 'Ada' })).toContainText('2 transcripts, encrypted');
  await expect(leadPkg.written().filter({ hasText: 'Ben' })).toContainText('1 transcript, encrypted');
  const adaFile = join(out, 'lab - Ada.attune.age');
  expect(readFileSync(adaFile).subarray(0, 21).toString()).toBe('age-encryption.org/v1');
  await page.screenshot({ path: test.info().outputPath('write-packages-1280x720.png') });
  await leadPkg.writeDialog.getByRole('button', { name: 'Done' }).click();

  // ---- Ada, on her own machine and browser profile, opens her package: a wrong passphrase first.
  const hostB = await launchHost();
  const contextB = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const pageB = await contextB.newPage();
  await pageB.goto(hostB.url);
  await new StartPage(pageB).openProject(adaFile);
  const adaPkg = new PackagesPage(pageB);
  await adaPkg.enterPassphrase('not the passphrase');
  await expect(adaPkg.passphraseDialog.getByRole('alert')).toContainText('Wrong passphrase', { timeout: 60_000 });
  await pageB.screenshot({ path: test.info().outputPath('passphrase-1280x720.png') });
  expect(existsSync(join(out, 'lab - Ada.attune'))).toBe(false);
  await adaPkg.enterPassphrase(PACKAGE_PASS);
  await new CoderPage(pageB).choose('Ada');
  await expect(adaPkg.banner).toContainText(
    'Package for Ada from study lab: return your coding with File ▸ Export coding…',
  );
  expect((await api<Coder[]>(hostB, 'coder-list')).map((c) => c.name)).toEqual(['Ada']);
  const ws = new WorkspacePage(pageB);
  await ws.openTranscript(T1);
  await expect(pageB.getByText('Bens private note')).toHaveCount(0);
  await new CodingPanelPage(pageB).open('Codes');
  await ws.selectWithMouse(PASSAGE);
  await ws.codeButton(IDEAL).click();
  await expect(ws.page.getByTestId('my-highlight-count')).toHaveText('1 highlight by you');
  await ws.expectAllSaved();
  await pageB.screenshot({ path: test.info().outputPath('package-open-1280x720.png') });
  const returned = await adaPkg.exportEncryptedCoding(RETURN_PASS);
  expect(readFileSync(returned.path, 'utf8')).toMatch(/^-----BEGIN AGE ENCRYPTED FILE-----/);

  // ---- Lena imports the encrypted return: asked for its passphrase, then matched by hash, recorded as returned.
  await lead.importCoding({ name: returned.name, mimeType: 'text/plain', buffer: readFileSync(returned.path) });
  await expect(lead.importResults()).toContainText('Encrypted: enter its passphrase');
  await leadPkg.unlockImport(returned.name, 'wrong one');
  // Decrypting takes a moment (scrypt); a wrong passphrase is answered in the row, not as a failed save.
  await expect(lead.importResults()).toContainText('wrong passphrase', { timeout: 60_000 });
  await expect(page.getByText('Not saved')).toHaveCount(0);
  await leadPkg.unlockImport(returned.name, RETURN_PASS);
  await expect(lead.importResults()).toContainText('Imported Ada’s coding of 1 transcript: 1 highlight added', {
    timeout: 60_000,
  });
  const log = await api<AuditEntry[]>(host, 'audit-list', {});
  expect(log.filter((e) => e.action === 'coding-imported').map((e) => e.subjectName)).toEqual(['Ada']);
  expect(
    log
      .filter((e) => e.action === 'package-written')
      .map((e) => e.subjectName)
      .sort(),
  ).toEqual(['Ada', 'Ben']);
  const check = new Database(lab, { readonly: true });
  try {
    expect(
      check.prepare('SELECT transcript_id AS t FROM coding_returns WHERE coder_id = ? ORDER BY t').all(ada.id),
    ).toEqual([{ t: ids[0] }]);
  } finally {
    check.close();
  }
  await contextB.close();
});
