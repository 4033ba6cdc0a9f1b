// The printable coded transcript as one standalone HTML page (inline CSS, no scripts or remote
// resources; everything from data escaped), laid out for A4 by the browser's Print.
import { escapeHtml as e } from '../reliability/report-html.ts';
import type { PrintModel } from './print-model.ts';

/** How each coder's highlights are marked, so up to three stay distinguishable in black and white too. */
export const CODER_MARKS = [
  { color: '#e0a800', name: 'shaded' },
  { color: '#1f5fbf', name: 'underlined' },
  { color: '#b3261e', name: 'dotted underline' },
] as const;

const CSS = `@page{size:A4;margin:16mm 12mm}
body{font:11pt/1.45 Georgia,'Times New Roman',serif;color:#111;margin:1.5rem auto;max-width:62rem;padding:0 1rem}
h1{font:600 16pt system-ui,sans-serif;margin:0}.meta{font:9pt system-ui,sans-serif;color:#555;margin:.2rem 0 1rem}
.legend{font:9pt system-ui,sans-serif;margin:0 0 1rem}.legend span{margin-right:1.2rem}
.ln{display:grid;grid-template-columns:2.6rem minmax(0,1fr) var(--margins);column-gap:.6rem;break-inside:avoid}
.no{font:8pt ui-monospace,monospace;color:#777;text-align:right;padding-top:.2rem}
.tx{margin:0;white-space:pre-wrap;overflow-wrap:anywhere}.sp{font-weight:700}
.m{font:8pt/1.3 system-ui,sans-serif;padding-top:.2rem;border-left:1px solid #ddd;padding-left:.3rem}
.m div{margin-bottom:.15rem}
.c0{background:rgba(224,168,0,.28)}.c1{text-decoration:underline 2px #1f5fbf;text-underline-offset:3px}
.c2{border-bottom:2px dotted #b3261e}
.c1.c2{text-decoration-style:double}
h2.sec{font:600 11pt system-ui,sans-serif;margin:1rem 0 .3rem;padding-top:.3rem;border-top:1px solid #bbb;break-after:avoid}
.sheet{break-before:page}.sheet h2{font:600 13pt system-ui,sans-serif}
.sheet h3{font:600 11pt system-ui,sans-serif;margin:1rem 0 .3rem}
table{border-collapse:collapse;font:9pt system-ui,sans-serif}td,th{border:1px solid #ccc;padding:.15rem .4rem;text-align:left}
@media print{body{margin:0;max-width:none}}`;

export function renderPrintHtml(m: PrintModel, generated: string): string {
  const k = m.coders.length;
  const margins = k ? `repeat(${k},9.5rem)` : '0';
  const legend = m.coders
    .map(
      (c, i) =>
        `<span><span class="c${i}">${e(c.name)}</span> (${CODER_MARKS[i]?.name ?? ''}; margin column ${i + 1})</span>`,
    )
    .join('');
  const head = `<header><h1>${e(m.title)}</h1><p class="meta">${m.participant ? `Participant ${e(m.participant)} · ` : ''}${e(
    m.projectName,
  )} · printed ${e(generated)} by Attune · ${m.lines.length} lines</p>${k ? `<p class="legend">${legend}</p>` : ''}</header>`;
  const rows: string[] = [];
  for (const l of m.lines) {
    if (l.heading) rows.push(`<h2 class="sec">${e(l.heading)}</h2>`);
    const text = l.fragments
      .map((f) => {
        const cls = [...f.coders.map((c) => `c${c}`), ...(f.label ? ['sp'] : [])].join(' ');
        return cls ? `<span class="${cls}">${e(f.text)}</span>` : e(f.text);
      })
      .join('');
    const cols = l.margins
      .map((codes) => `<div class="m">${codes.map((c) => `<div>${e(c)}</div>`).join('')}</div>`)
      .join('');
    rows.push(`<div class="ln"><span class="no">${l.number}</span><p class="tx">${text || '&#8203;'}</p>${cols}</div>`);
  }
  const sheets = m.coders
    .map((c) => {
      const ratings = c.ratings.length
        ? `<table><thead><tr><th>Scale</th><th>Target</th><th>Rating</th></tr></thead><tbody>${c.ratings
            .map((r) => `<tr><td>${e(r.label)}</td><td>${e(r.target)}</td><td>${e(r.value)}</td></tr>`)
            .join('')}</tbody></table>`
        : '<p>No ratings.</p>';
      const events = c.events.length
        ? `<h3>Loss and trauma events</h3><ul>${c.events.map((x) => `<li>${e(x)}</li>`).join('')}</ul>`
        : '';
      return `<section class="sheet"><h2>Score sheet: ${e(c.name)}</h2><h3>Classification</h3><p>${e(
        c.classification ?? 'Not classified',
      )}</p><h3>Ratings</h3>${ratings}${events}</section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${e(m.title)}: coded transcript</title><style>${CSS}
:root{--margins:${margins}}</style></head>
<body>${head}
<main>
${rows.join('\n')}
</main>
${sheets}
</body></html>
`;
}
