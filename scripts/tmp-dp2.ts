import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, startHost } from './bench-ui-host.ts';
const project = process.argv[2]!;
const tmp = mkdtempSync(join(tmpdir(), 'dp2-'));
copyFileSync(project, join(tmp, 'p.attune'));
const host = await startHost(join(tmp, 'data'), join(tmp, 'p.attune'));
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.goto(host.url);
await page.getByRole('heading', { name: 'Who is coding?' }).waitFor();
await page.locator('ul.coder-list').getByRole('button').first().click();
await page.locator('.transcript-text').first().waitFor({ timeout: 120_000 });
await page.waitForTimeout(1500);
const { readFileSync: rf, readdirSync: rd } = await import('node:fs');
const ticks = (pid: number) => { try { const f = rf(`/proc/${pid}/stat`, 'utf8'); const x = f.slice(f.lastIndexOf(')') + 2).split(' '); return (Number(x[11]) + Number(x[12])) * 10; } catch { return 0; } };
const chromeByType = () => { const m: Record<string, number> = {}; for (const d of rd('/proc')) { if (!/^\d+$/.test(d)) continue; try { const cl = rf(`/proc/${d}/cmdline`, 'utf8'); if (cl.includes('chromium')) { const ty = /--type=([a-z-]+)/.exec(cl)?.[1] ?? 'browser'; m[ty] = (m[ty] ?? 0) + ticks(Number(d)); } } catch {} } return m; };
const chromeTicks = () => { let n = 0; for (const d of rd('/proc')) { if (!/^\d+$/.test(d)) continue; try { if (rf(`/proc/${d}/cmdline`, 'utf8').includes('chromium')) n += ticks(Number(d)); } catch {} } return n; };
const h0 = ticks(host.child.pid!); const cb0 = chromeByType(); const c0 = chromeTicks();
if (process.env.NOANIM) await page.addStyleTag({ content: '*, *::before, *::after { animation: none !important; transition: none !important; }' });
if (process.env.IDLE) { const a = chromeTicks(); await page.waitForTimeout(5000); console.log('idle 5 s chromium cpu', chromeTicks() - a); }
const T0 = Date.now();
page.on('request', (r) => { if (r.url().endsWith('.js') || r.url().endsWith('.css')) console.log('asset', Date.now() - T0, r.url().split('/').pop()); if (r.url().includes('/api/')) { console.log('req', Date.now() - T0, r.url().split('/api/')[1], (r.postData() ?? '').slice(0, 80)); if (r.url().includes('agreement-compute')) require('node:fs').writeFileSync('/tmp/agb/payload.json', r.postData() ?? ''); } });
let cAtReq: Record<string, number> = {};
page.on('request', (r) => { if (r.url().includes('agreement-compute')) cAtReq = chromeByType(); });
page.on('requestfinished', async (r) => { if (r.url().includes('agreement-compute')) { const c = chromeByType(); console.log('DURING compute', Object.entries(c).map(([k, v]) => `${k} ${v - (cAtReq[k] ?? 0)}`).join(', ')); }
 if (r.url().includes('/api/')) { const t = r.timing(); console.log('done', Date.now() - T0, r.url().split('/api/')[1], Math.round(t.responseEnd), 'ms', (await r.response())?.headers()['content-length']); } });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable'); await cdp.send('Profiler.start');
await page.evaluate(() => document.addEventListener('click', (e) => { (window as any).__clickAt = e.timeStamp; }, { capture: true, once: true }));
page.on('console', (m) => { if (m.text() === 'CLICK') console.log('clicked', Date.now() - T0); });
const computeReq = page.waitForRequest((r) => r.url().includes('agreement-compute'));
await cdp.send('Profiler.setSamplingInterval', { interval: 200 }).catch(() => {});
await page.getByRole('tablist', { name: 'Views' }).getByRole('tab', { name: 'Agreement', exact: true }).click();
await computeReq;
{ const { profile } = await cdp.send('Profiler.stop'); (await import('node:fs')).writeFileSync('/tmp/agb/pre.cpuprofile', JSON.stringify(profile)); await cdp.send('Profiler.start'); }
await page.waitForResponse((r) => r.url().includes('agreement-compute')); { const { profile } = await cdp.send('Profiler.stop'); (await import('node:fs')).writeFileSync('/tmp/agb/during.cpuprofile', JSON.stringify(profile)); await cdp.send('Profiler.start'); }
await page.getByTestId('agreement-results').waitFor({ timeout: 120_000 });
const tl = await page.evaluate(() => { const c = (window as any).__clickAt; return (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => e.startTime > c - 5 && !e.name.includes('wait-event')).map((e) => `${Math.round(e.startTime - c)}→${Math.round(e.responseEnd - c)} ${e.name.split('/').pop()}`); });
console.log(tl.join('\n'));
{ const cb1 = chromeByType(); console.log(Object.entries(cb1).map(([k, v]) => `${k} ${v - (cb0[k] ?? 0)}`).join(', ')); }
console.log('results visible', Date.now() - T0, 'host cpu', ticks(host.child.pid!) - h0, 'chromium cpu', chromeTicks() - c0);
await page.waitForTimeout(100);
const { profile } = await cdp.send('Profiler.stop');
const { writeFileSync } = await import('node:fs');
writeFileSync('/tmp/agb/dash.cpuprofile', JSON.stringify(profile));
await browser.close(); host.child.kill('SIGTERM'); await new Promise((r) => host.child.once('exit', r));
