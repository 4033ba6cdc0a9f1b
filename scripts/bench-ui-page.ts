// What the UI benchmark (scripts/bench-ui.ts) measures inside Chromium: opening a transcript, applying
// a highlight by hotkey, scrolling, and the same on plain static HTML for comparison.
import type { Browser, CDPSession, Page } from 'playwright-core';

// tsx (esbuild keepNames) wraps functions in __name(): the functions sent to the page need it too.
export const KEEP_NAMES = 'globalThis.__name = (f) => f;';

export async function scriptSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0;
}

/** In the page: observe long tasks from now on (for time-to-interactive). */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as {
      __longTasks: { start: number; end: number }[];
      __longTaskObserver?: PerformanceObserver;
    };
    // One observer per page: an earlier run's would record every task twice.
    w.__longTaskObserver?.disconnect();
    w.__longTasks = [];
    w.__longTaskObserver = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, end: e.startTime + e.duration });
    });
    w.__longTaskObserver.observe({ type: 'longtask', buffered: false });
  });
}

/** Time-to-interactive after t0: the end of the last long task before 500 ms without any, at least `painted`. */
export async function interactiveAt(page: Page, t0: number, painted: number): Promise<number> {
  return page.evaluate(
    async ([from, paint]) => {
      const w = window as unknown as { __longTasks: { start: number; end: number }[] };
      for (;;) {
        await new Promise((r) => setTimeout(r, 100));
        const tasks = w.__longTasks.filter((t) => t.end > from);
        const lastEnd = Math.max(paint, ...tasks.map((t) => t.end));
        if (performance.now() - lastEnd >= 500) return lastEnd - from;
      }
    },
    [t0, painted] as const,
  );
}

/** The long tasks seen since t0, as "start-end" in ms after it (for reading a profile). */
export async function longTasksSince(page: Page, t0: number): Promise<string> {
  return page.evaluate(
    (t) =>
      (window as unknown as { __longTasks: { start: number; end: number }[] }).__longTasks
        .map((x) => `${(x.start - t).toFixed(0)}-${(x.end - t).toFixed(0)}`)
        .join(' '),
    t0,
  );
}

/** Click a transcript in the sidebar and time until its text is in the DOM and painted. */
export async function openTranscript(page: Page, title: string): Promise<{ t0: number; paint: number }> {
  return page.evaluate(async (wanted) => {
    const button = [...document.querySelectorAll<HTMLButtonElement>('nav button')].find((b) =>
      b.textContent?.includes(wanted),
    );
    if (!button) throw new Error(`no sidebar entry ${wanted}`);
    const check = () => {
      const root = document.querySelector('.transcript-text');
      return (
        root && root.getAttribute('aria-label') === `Transcript: ${wanted}` && root.querySelector('[data-slate-string]')
      );
    };
    if (check()) return { t0: performance.now(), paint: performance.now() }; // already open
    const painted = new Promise<number>((ok) => {
      const done = () =>
        requestAnimationFrame(() => {
          const ch = new MessageChannel();
          ch.port1.onmessage = () => ok(performance.now());
          ch.port2.postMessage(0);
        });
      const mo = new MutationObserver(() => {
        if (check()) {
          mo.disconnect();
          done();
        }
      });
      mo.observe(document.body, { childList: true, subtree: true });
    });
    const t0 = performance.now();
    button.click();
    return { t0, paint: await painted };
  }, title);
}

/** The same text as plain static HTML (one <p> per line) in a fresh page: time to paint, and scroll frames. */
export async function staticBaseline(
  browser: Browser,
  text: string,
): Promise<{ paint: number; frames: number[]; mark: number }> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.setContent(
    '<!doctype html><html><body style="margin:0;font:16px/1.7 system-ui,sans-serif"><main id="m" style="height:100vh;overflow-y:auto"><article id="a" style="max-width:46rem;margin:0 auto;padding:2.5rem"></article></main></body></html>',
  );
  await page.evaluate(KEEP_NAMES);
  const result = await page.evaluate(async (t) => {
    const nextPaint = () =>
      new Promise<number>((ok) =>
        requestAnimationFrame(() => {
          const ch = new MessageChannel();
          ch.port1.onmessage = () => ok(performance.now());
          ch.port2.postMessage(0);
        }),
      );
    const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const t0 = performance.now();
    document.getElementById('a')!.innerHTML = t
      .split('\n')
      .map((l) => `<p style="margin:0 0 .4em">${esc(l)}</p>`)
      .join('');
    const paint = (await nextPaint()) - t0;
    // A highlight on static HTML: wrap a passage in a <mark> and wait for the paint.
    const marks: number[] = [];
    const ps = document.querySelectorAll('p');
    for (let i = 0; i < 15; i++) {
      const p = ps[10 + i * 3]!;
      const node = p.firstChild as Text | null;
      if (!node || node.data.length < 40) continue;
      const r = document.createRange();
      r.setStart(node, 5);
      r.setEnd(node, 35);
      const s = performance.now();
      r.surroundContents(document.createElement('mark'));
      marks.push((await nextPaint()) - s);
    }
    return { paint, marks };
  }, text);
  const frames = await scrollFrames(page, '#m');
  await page.close();
  const sorted = [...result.marks].sort((a, b) => a - b);
  return { paint: result.paint, frames, mark: sorted[Math.floor(sorted.length / 2)] ?? NaN };
}

/** Scroll an element from top to bottom, 120 px per animation frame (a fast wheel), recording frame intervals. */
export async function scrollFrames(page: Page, selector: string): Promise<number[]> {
  return page.evaluate(async (sel) => {
    const el = document.querySelector(sel)!;
    el.scrollTop = 0;
    await new Promise((r) => setTimeout(r, 300));
    const frames: number[] = [];
    return new Promise<number[]>((ok) => {
      let last = performance.now();
      const step = (now: number) => {
        frames.push(now - last);
        last = now;
        if (el.scrollTop + el.clientHeight >= el.scrollHeight - 2) return ok(frames.slice(1));
        el.scrollTop += 120;
        requestAnimationFrame(step);
      };
      requestAnimationFrame((now) => {
        last = now;
        requestAnimationFrame(step);
      });
    });
  }, selector);
}

/** Select a passage in the visible transcript and press a code's key: time to the painted (pending) highlight. */
export async function applyHighlight(
  page: Page,
  cdp: CDPSession,
  key: string,
  codeId: string,
  n: number,
  profile = false,
): Promise<{ latency: number; script: number }> {
  await page.evaluate((nth) => {
    // A respondent turn near the top of the viewport, 30 characters from its 6th.
    const turns = [...document.querySelectorAll('.turn[data-role="respondent"]')];
    const turn = turns[20 + nth * 2]!;
    turn.scrollIntoView({ block: 'center' });
    const strings = [...turn.querySelectorAll('[data-slate-string]')].map((e) => e.firstChild as Text);
    const textNode = strings.reduce((a, b) => (b.data.length > a.data.length ? b : a));
    const sel = window.getSelection()!;
    (document.querySelector('.transcript-text') as HTMLElement).focus();
    sel.setBaseAndExtent(textNode, 5, textNode, Math.min(textNode.data.length, 35));
  }, n);
  await page.waitForTimeout(150); // let selectionchange reach the editor, as a person's pause would
  await page.evaluate((code) => {
    const w = window as unknown as { __applied: Promise<{ key: number; paint: number }> };
    const before = document.querySelectorAll(`.hl[data-code-ids~="${code}"]`).length;
    w.__applied = new Promise((ok) => {
      let key = 0;
      addEventListener('keydown', (e) => (key = e.timeStamp), { capture: true, once: true });
      const mo = new MutationObserver(() => {
        if (
          key &&
          document.querySelectorAll(`.hl--pending[data-code-ids~="${code}"], .hl[data-code-ids~="${code}"]`).length >
            before
        ) {
          mo.disconnect();
          requestAnimationFrame(() => {
            const ch = new MessageChannel();
            ch.port1.onmessage = () => ok({ key, paint: performance.now() });
            ch.port2.postMessage(0);
          });
        }
      });
      mo.observe(document.querySelector('.transcript-text')!, { childList: true, subtree: true, attributes: true });
    });
  }, codeId);
  if (profile) await startProfile(cdp);
  const s0 = await scriptSeconds(cdp);
  await page.keyboard.press(key);
  const { key: k, paint } = await page.evaluate(
    () => (window as unknown as { __applied: Promise<{ key: number; paint: number }> }).__applied,
  );
  const s1 = await scriptSeconds(cdp);
  if (profile) await stopProfile(cdp);
  // Wait for the save to land before the next one (its cost is not part of the key-to-paint figure).
  await page.locator('header.app-header').getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();
  return { latency: paint - k, script: (s1 - s0) * 1000 };
}

/** Start a sampling CPU profile (50 µs) of the page. */
export async function startProfile(cdp: CDPSession): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
}

/** Stop the profile and print its hot spots (self time, and total time including callees). */
export async function stopProfile(cdp: CDPSession): Promise<void> {
  printProfile(((await cdp.send('Profiler.stop')) as { profile: CpuProfile }).profile);
}

interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    hitCount?: number;
    children?: number[];
  }[];
  samples?: number[];
  timeDeltas?: number[];
}

function printProfile(p: CpuProfile): void {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  // BENCH_PROFILE_UNTIL=name: only the samples before the first one with that function on the stack.
  const until = process.env['BENCH_PROFILE_UNTIL'];
  if (until) p = cutAt(p, byId, until);
  const self = new Map<string, number>();
  (p.samples ?? []).forEach((id, i) => {
    const n = byId.get(id)!;
    const key = `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (p.timeDeltas?.[i] ?? 0) / 1000);
  });
  const top = [...self]
    .filter(([k]) => !k.startsWith('(idle)') && !k.startsWith('(program)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25);
  console.log('profile (self ms):');
  for (const [k, v] of top) console.log(`  ${v.toFixed(2).padStart(7)}  ${k}`);
  printTotals(p, byId);
}

function cutAt(p: CpuProfile, byId: Map<number, CpuProfile['nodes'][number]>, name: string): CpuProfile {
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const samples = p.samples ?? [];
  let cut = samples.length;
  for (let i = 0; i < samples.length && cut === samples.length; i++)
    for (let n: number | undefined = samples[i]; n !== undefined; n = parent.get(n))
      if (byId.get(n)!.callFrame.functionName === name) {
        cut = i;
        break;
      }
  const ms = (p.timeDeltas ?? []).slice(0, cut).reduce((a, b) => a + b, 0) / 1000;
  console.log(`profile cut at the first ${name}: ${cut} of ${samples.length} samples, ${ms.toFixed(0)} ms`);
  return { ...p, samples: samples.slice(0, cut), timeDeltas: p.timeDeltas?.slice(0, cut) };
}

/** Time per function including its callees (a function counted once per sample, however deep it recurses). */
function printTotals(p: CpuProfile, byId: Map<number, CpuProfile['nodes'][number]>): void {
  const key = (n: CpuProfile['nodes'][number]) =>
    `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const total = new Map<string, number>();
  (p.samples ?? []).forEach((id, i) => {
    const ms = (p.timeDeltas?.[i] ?? 0) / 1000;
    const seen = new Set<string>();
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
      const k = key(byId.get(n)!);
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + ms);
    }
  });
  const top = [...total]
    .filter(([k]) => !k.startsWith('(idle)') && !k.startsWith('(root)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 70);
  console.log('profile (total ms, with callees):');
  for (const [k, v] of top) console.log(`  ${v.toFixed(2).padStart(7)}  ${k}`);
}
