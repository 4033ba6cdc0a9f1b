// Two of the UI benchmark's measures (scripts/bench-ui.ts): the JavaScript the first screen loads before it
// paints, and switching transcripts in the sidebar of a lab-generated project (scripts/lab-project.ts) at
// small, lab and consortium size.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { api, startHost } from './bench-ui-host.ts';
import { median } from './bench-ui-lib.ts';
import { interactiveAt, KEEP_NAMES, openTranscript, watchLongTasks } from './bench-ui-page.ts';

/** Scripts fetched before the first contentful paint of a fresh page (no cache), in kB, and all scripts by then. */
export async function firstPaintScripts(
  browser: Browser,
  url: string,
): Promise<{ beforePaint: number; files: string[]; fcp: number; slate: boolean }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.goto(url);
  const r = await page.evaluate(async () => {
    const fcp = await new Promise<number>((ok) => {
      const seen = performance.getEntriesByName('first-contentful-paint')[0];
      if (seen) return ok(seen.startTime);
      new PerformanceObserver((l) => ok(l.getEntries()[0]!.startTime)).observe({ type: 'paint', buffered: true });
    });
    const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
      (e) => /\.m?js(\?|$)/.test(e.name) && e.startTime < fcp,
    );
    // Is the coding screen's editor among them? (Slate's DOM attributes are in its code, minified or not.)
    const texts = await Promise.all(scripts.map((e) => fetch(e.name).then((res) => res.text())));
    return {
      fcp,
      bytes: scripts.reduce((n, e) => n + e.decodedBodySize, 0),
      files: scripts.map((e) => `${e.name.split('/').pop()} ${(e.decodedBodySize / 1000).toFixed(0)} kB`),
      slate: texts.some((t) => t.includes('data-slate-editor')),
    };
  });
  await context.close();
  return { beforePaint: r.bytes / 1000, files: r.files, fcp: r.fcp, slate: r.slate };
}

/** A click on a sidebar entry until the transcript's text and its highlights are painted, then interactive. */
async function switchTo(page: Page, title: string): Promise<{ paint: number; interactive: number }> {
  await watchLongTasks(page);
  const { t0, paint } = await openTranscript(page, title);
  await page.locator('.transcript-text .hl').first().waitFor();
  const highlighted = await page.evaluate(() => performance.now());
  return { paint: paint - t0, interactive: await interactiveAt(page, t0, Math.max(paint, highlighted)) };
}

export interface SwitchFigures {
  label: string;
  transcripts: number;
  coders: number;
  paint: number;
  interactive: number;
  runs: number[];
}

/**
 * Opens a copy of `project` (never the cached file itself) in a fresh `attune serve`, as its first coder,
 * and switches between transcripts far apart in the list `runs` times (median).
 */
export async function measureSwitching(
  browser: Browser,
  label: string,
  project: string,
  runs: number,
): Promise<SwitchFigures> {
  const tmp = mkdtempSync(join(tmpdir(), 'attune-bench-switch-'));
  const copy = join(tmp, 'project.attune');
  copyFileSync(project, copy);
  const host = await startHost(join(tmp, 'data'), copy);
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  try {
    const list = await api<Array<{ title: string }>>(host, 'transcript-list');
    const coders = await api<Array<{ name: string }>>(host, 'coder-list');
    await page.addInitScript({ content: KEEP_NAMES });
    await page.goto(host.url);
    await page.getByRole('heading', { name: 'Who is coding?' }).waitFor();
    await page
      .getByRole('button', { name: new RegExp(coders[0]!.name) })
      .first()
      .click();
    await page.locator('.transcript-text .hl').first().waitFor({ timeout: 120_000 });
    await page.waitForTimeout(1500);
    const titles = [1, Math.floor(list.length / 2), list.length - 1, 2].map((i) => list[i]!.title);
    const figures: Array<{ paint: number; interactive: number }> = [];
    for (let i = 0; i < runs; i++) {
      figures.push(await switchTo(page, titles[i % titles.length]!));
      await page.waitForTimeout(600);
    }
    return {
      label,
      transcripts: list.length,
      coders: coders.length,
      paint: median(figures.map((f) => f.paint)),
      interactive: median(figures.map((f) => f.interactive)),
      runs: figures.map((f) => f.interactive),
    };
  } finally {
    await page.close();
    host.child.kill('SIGTERM');
    await new Promise((r) => host.child.once('exit', r));
    rmSync(tmp, { recursive: true, force: true });
  }
}
