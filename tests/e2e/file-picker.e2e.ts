import { existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures.ts';
import { startHost, type Host } from './helpers/host.ts';
import { pageApi } from './helpers/page-api.ts';
import { CoderPage } from './pages/coder-page.ts';
import { FilePickerPage } from './pages/file-picker-page.ts';
import { PackagesPage } from './pages/packages-page.ts';
import { StartPage } from './pages/start-page.ts';
import { StudyPage } from './pages/study-page.ts';
import { WorkspacePage } from './pages/workspace-page.ts';

test('New and Open by clicking through folders and by keys, confined to the home folder', async ({ page, tmp }) => {
  test.setTimeout(120_000);
  const home = join(tmp, 'home');
  mkdirSync(join(home, 'studies', 'pilot'), { recursive: true });
  mkdirSync(join(tmp, 'elsewhere'));
  writeFileSync(join(home, 'studies', 'notes.txt'), 'not a project');
  writeFileSync(join(tmp, 'elsewhere', 'secret.attune'), 'x');
  symlinkSync(join(tmp, 'elsewhere'), join(home, 'studies', 'escape'));
  let host: Host | null = null;
  try {
    host = await startHost({ dataDir: join(tmp, 'data'), home });
    await page.goto(host.url);
    const start = new StartPage(page);

    // New: Browse…, double-click into studies, then pilot; a name; Enter creates it there.
    await page.getByRole('region', { name: 'New project' }).getByRole('button', { name: 'Browse…' }).click();
    const picker = new FilePickerPage(page, 'New project');
    await expect(picker.dialog).toBeVisible();
    await expect(picker.crumbs.getByRole('button')).toHaveText(['⌂ home']);
    await expect(picker.name).toBeFocused();
    await picker.openFolder('studies');
    // Folders and .attune files only; a link out of home is not offered.
    expect(await picker.entryNames()).toEqual(['pilot']);
    await picker.openFolder('pilot');
    await expect(picker.name).toHaveValue('study.attune');
    await picker.name.fill('Pilot study'); // without its extension: the picker adds .attune
    await picker.name.press('Enter');
    await new CoderPage(page).createCoder('Ada');
    const ws = new WorkspacePage(page);
    await expect(ws.header.getByRole('heading', { name: 'Pilot study' })).toBeVisible();
    await ws.closeProject();

    // Open, by keys alone: the list has focus; ↓ and Enter go into folders, Enter on the file opens it.
    await page.getByRole('region', { name: 'Open a project' }).getByRole('button', { name: 'Browse…' }).click();
    const open = new FilePickerPage(page, 'Open a project');
    // It starts in the folder of the last project opened; Backspace goes up to home.
    await expect(open.crumbs.getByRole('button', { name: 'pilot', exact: true })).toHaveAttribute(
      'aria-current',
      'location',
    );
    await expect(open.list).toBeFocused();
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await expect(open.crumbs.getByRole('button')).toHaveText(['⌂ home']);
    await expect(open.list.getByRole('option', { selected: true })).toContainText('studies');
    await page.keyboard.press('Enter');
    await expect(open.list.getByRole('option', { selected: true })).toContainText('pilot');
    await page.keyboard.press('Enter');
    await expect(open.list.getByRole('option', { selected: true })).toContainText('Pilot study.attune');
    await page.keyboard.press('Enter');
    // The coder last chosen for this project is remembered: the project opens straight into coding.
    await expect(ws.header.getByRole('heading', { name: 'Pilot study' })).toBeVisible();

    // Over the API too: nothing outside home is listed, however asked.
    for (const path of ['..', join(tmp, 'elsewhere'), join(home, 'studies', 'escape'), '/'])
      expect(await pageApi(page, 'files-list', { path })).toMatchObject({
        ok: false,
        error: { type: 'refused' },
      });
    // Typed paths keep working.
    await ws.closeProject();
    await start.openProject(join(home, 'studies', 'pilot', 'Pilot study.attune'));
    await expect(ws.header.getByRole('heading', { name: 'Pilot study' })).toBeVisible();
  } finally {
    await host?.stop();
  }
});

test('Escape closes the picker and leaves the path as it was', async ({ page, host }) => {
  await page.goto(host.url);
  const start = new StartPage(page);
  await start.openPath.fill('/typed/path.attune');
  await page.getByRole('region', { name: 'Open a project' }).getByRole('button', { name: 'Browse…' }).click();
  const picker = new FilePickerPage(page, 'Open a project');
  await expect(picker.dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(picker.dialog).toBeHidden();
  await expect(start.openPath).toHaveValue('/typed/path.attune');
});

test('Write packages into a folder made in the picker; New refuses a name taken there; Open by double-clicking a package', async ({
  page,
  tmp,
}) => {
  test.setTimeout(150_000);
  const home = join(tmp, 'home');
  mkdirSync(join(home, 'studies'), { recursive: true });
  let host: Host | null = null;
  try {
    host = await startHost({ dataDir: join(tmp, 'data'), home });
    await page.goto(host.url);
    const start = new StartPage(page);
    await start.openDemo();
    await new CoderPage(page).choose('Alex');
    const study = new StudyPage(page);
    await study.open();

    // Write packages…: Browse… starts in home (the demo lives outside it); into studies; a new folder; choose it.
    await page.getByRole('toolbar', { name: 'Study actions' }).getByRole('button', { name: 'Write packages…' }).click();
    const packages = new PackagesPage(page);
    await packages.writeDialog.getByRole('button', { name: 'Browse…' }).click();
    const folder = new FilePickerPage(page, 'Folder for the packages');
    await expect(folder.crumbs.getByRole('button')).toHaveText(['⌂ home']);
    await expect(folder.list).toBeFocused();
    await folder.openFolder('studies');
    await folder.newFolder('round 1');
    await expect(folder.dialog.getByRole('status')).toContainText('An empty folder');
    await folder.chooseThisFolder();
    const out = join(home, 'studies', 'round 1');
    await expect(packages.writeDialog.getByLabel('Folder', { exact: true })).toHaveValue(out);
    await packages.writeDialog.getByRole('checkbox', { name: /Encrypt with a passphrase/ }).uncheck();
    await packages.writeDialog.getByRole('button', { name: 'Write packages' }).click();
    await expect(packages.writeDialog.getByRole('status')).toContainText('Wrote 2 packages');
    expect(readdirSync(out).sort()).toEqual([
      'SYNTHETIC demo study - Alex.attune',
      'SYNTHETIC demo study - Sam.attune',
    ]);
    // Browsing again starts in the folder chosen, and shows the packages there without offering them.
    await packages.writeDialog.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('toolbar', { name: 'Study actions' }).getByRole('button', { name: 'Write packages…' }).click();
    await packages.writeDialog.getByLabel('Folder', { exact: true }).fill(out);
    await packages.writeDialog.getByRole('button', { name: 'Browse…' }).click();
    await expect(folder.crumbs.getByRole('button', { name: 'round 1' })).toHaveAttribute('aria-current', 'location');
    await expect(folder.entry('SYNTHETIC demo study - Sam.attune')).toHaveAttribute('aria-disabled', 'true');
    await page.keyboard.press('Escape');
    await expect(folder.dialog).toBeHidden();
    await expect(packages.writeDialog).toBeVisible();
    await packages.writeDialog.getByRole('button', { name: 'Cancel' }).click();
    await new WorkspacePage(page).closeProject();

    // New: a name already taken in the folder is refused in the picker, which stays open; another name creates it.
    await page.getByRole('region', { name: 'New project' }).getByRole('button', { name: 'Browse…' }).click();
    const create = new FilePickerPage(page, 'New project');
    await create.openFolder('studies');
    await create.openFolder('round 1');
    await create.entry('SYNTHETIC demo study - Sam.attune').click();
    await expect(create.name).toHaveValue('SYNTHETIC demo study - Sam.attune');
    await create.dialog.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(create.nameError()).toHaveText(
      'SYNTHETIC demo study - Sam.attune already exists here: open it instead, or choose another name.',
    );
    await create.name.fill('sub/escape');
    await expect(create.nameError()).toContainText('cannot contain / or');
    await expect(create.dialog.getByRole('button', { name: 'Create', exact: true })).toBeDisabled();
    // Over the API too: a name that is a path, or a folder out of home, is refused and nothing is made.
    for (const [arg, type] of [
      [{ folder: out, name: '../../escape.attune' }, 'validation'],
      [{ folder: out, name: 'a\0.attune' }, 'validation'],
      [{ folder: join(tmp, 'data'), name: 'x.attune' }, 'refused'],
    ] as const) {
      expect(await pageApi(page, 'files-get', arg)).toMatchObject({ ok: false, error: { type } });
      expect(await pageApi(page, 'files-create', arg)).toMatchObject({ ok: false, error: { type } });
    }
    expect(existsSync(join(tmp, 'data', 'x.attune'))).toBe(false);
    await create.name.fill('Main study');
    await create.name.press('Enter');
    await new CoderPage(page).createCoder('Ada');
    const ws = new WorkspacePage(page);
    await expect(ws.header.getByRole('heading', { name: 'Main study' })).toBeVisible();
    expect(existsSync(join(out, 'Main study.attune'))).toBe(true);
    await ws.closeProject();

    // Open: double-click into the folder, then on Sam's package.
    await page.getByRole('region', { name: 'Open a project' }).getByRole('button', { name: 'Browse…' }).click();
    const open = new FilePickerPage(page, 'Open a project');
    await expect(open.crumbs.getByRole('button', { name: 'round 1' })).toHaveAttribute('aria-current', 'location');
    await open.crumbs.getByRole('button', { name: 'studies' }).click();
    // An encrypted package is offered, an encrypted coding file (not a project) is not.
    writeFileSync(join(out, 'Ada.attune.age'), 'age-encryption.org/v1');
    writeFileSync(join(out, 'Ada-2026-12-07.attune-coding.age'), 'age-encryption.org/v1');
    await open.openFolder('round 1');
    expect(await open.entryNames()).toEqual([
      'Ada.attune.age',
      'Main study.attune',
      'SYNTHETIC demo study - Alex.attune',
      'SYNTHETIC demo study - Sam.attune',
    ]);
    await open.entry('SYNTHETIC demo study - Sam.attune').dblclick();
    await new CoderPage(page).choose('Sam');
    await expect(packages.banner).toContainText('Sam');
  } finally {
    await host?.stop();
  }
});

test('Backspace pressed twice before the host answers goes up two folders', async ({ page, tmp }) => {
  const home = join(tmp, 'home');
  mkdirSync(join(home, 'studies', 'pilot'), { recursive: true });
  let host: Host | null = null;
  try {
    host = await startHost({ dataDir: join(tmp, 'data'), home });
    await page.goto(host.url);
    const start = new StartPage(page);
    await start.openPath.fill(join(home, 'studies', 'pilot', 'typed.attune'));
    await page.getByRole('region', { name: 'Open a project' }).getByRole('button', { name: 'Browse…' }).click();
    const open = new FilePickerPage(page, 'Open a project');
    await expect(open.crumbs.getByRole('button')).toHaveText(['⌂ home', 'studies', 'pilot']);
    await expect(open.list).toBeFocused();
    // A slow disk: each listing answers late, so the second key comes before the first answer.
    await page.route('**/api/files-list', async (route) => {
      await new Promise((r) => setTimeout(r, 700));
      await route.continue();
    });
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await expect(open.crumbs.getByRole('button')).toHaveText(['⌂ home']);
    await expect(open.list.getByRole('option', { selected: true })).toContainText('studies');
  } finally {
    await host?.stop();
  }
});
