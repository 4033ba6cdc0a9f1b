// The agreement report as one standalone HTML document: inline CSS, inline SVG charts, no scripts and
// no remote resources (reports are opened on machines with confidential data; nothing may call out).
// Everything that comes from data is escaped.
import { methodSection, type ReportMeta } from './methods.ts';
import { maxOf } from './common.ts';
import { codesWithData } from './format.ts';
import { fmt, reportTables, type ReportTable } from './report-tables.ts';
import { plottedPair } from './scale-points.ts';
import type {
  CodeAgreement,
  ConfusionTable,
  PlottedScalePair,
  ProjectAgreement,
  ScaleAgreement,
  ScalePair,
} from './types.ts';

export function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
}
const e = escapeHtml;
const num = (x: number) => (Math.round(x * 100) / 100).toString();

function table(t: ReportTable): string {
  const head = t.columns.map((c) => `<th>${e(c)}</th>`).join('');
  const body = t.rows.length
    ? t.rows.map((r) => `<tr>${r.map((c) => `<td>${e(c)}</td>`).join('')}</tr>`).join('\n')
    : `<tr><td colspan="${t.columns.length}" class="empty">none</td></tr>`;
  return `<section id="${e(t.id)}"><h2>${e(t.title)}</h2><table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>${t.note ? `<p class="note">${e(t.note)}</p>` : ''}</section>`;
}

/** Confusion heatmap: darker = more transcripts; the diagonal (agreement) is outlined. */
export function confusionSvg(c: ConfusionTable, title: string, rowLabel: string, colLabel: string): string {
  const q = c.categories.length;
  const cell = 44;
  const left = 70;
  const top = 46;
  const w = left + q * cell + 10;
  const h = top + q * cell + 30;
  const max = maxOf(c.counts.flat(), 1);
  const parts: string[] = [];
  c.categories.forEach((cat, i) => {
    parts.push(`<text x="${left + i * cell + cell / 2}" y="${top - 6}" text-anchor="middle">${e(cat)}</text>`);
    parts.push(`<text x="${left - 6}" y="${top + i * cell + cell / 2 + 4}" text-anchor="end">${e(cat)}</text>`);
    c.categories.forEach((_, j) => {
      const v = c.counts[i]?.[j] ?? 0;
      const shade = Math.round(245 - (v / max) * 180);
      parts.push(
        `<rect x="${left + j * cell}" y="${top + i * cell}" width="${cell - 2}" height="${cell - 2}" fill="rgb(${shade},${shade + 5 > 255 ? 255 : shade + 5},255)"${i === j ? ' stroke="#222" stroke-width="1.5"' : ''}/>` +
          `<text x="${left + j * cell + cell / 2 - 1}" y="${top + i * cell + cell / 2 + 4}" text-anchor="middle" fill="${v / max > 0.6 ? '#fff' : '#111'}">${v}</text>`,
      );
    });
  });
  return `<figure><svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" role="img" aria-label="${e(title)}"><title>${e(title)}</title>
<text x="${left + (q * cell) / 2}" y="14" text-anchor="middle" font-weight="bold">${e(colLabel)} →</text>
<text x="4" y="${top + (q * cell) / 2}" transform="rotate(-90 10 ${top + (q * cell) / 2})" text-anchor="middle" font-weight="bold">${e(rowLabel)} →</text>
${parts.join('\n')}</svg><figcaption>${e(title)}</figcaption></figure>`;
}

/** Scatter of coder A against coder B with the identity line. */
export function scatterSvg(s: ScaleAgreement, p: PlottedScalePair, nameA: string, nameB: string): string {
  const size = 200;
  const pad = 30;
  const span = s.max - s.min || 1;
  const X = (v: number) => pad + ((v - s.min) / span) * (size - 2 * pad);
  const Y = (v: number) => size - pad - ((v - s.min) / span) * (size - 2 * pad);
  // Identical points are drawn once with a count-scaled radius so overplotting is visible.
  const counts = new Map<string, number>();
  for (const pt of p.points) counts.set(`${pt.a},${pt.b}`, (counts.get(`${pt.a},${pt.b}`) ?? 0) + 1);
  const dots = [...counts].map(([k, n]) => {
    const [a, b] = k.split(',').map(Number) as [number, number];
    return `<circle cx="${num(X(a))}" cy="${num(Y(b))}" r="${num(3 + Math.sqrt(n))}" fill="#2a6fdb" fill-opacity="0.6"/>`;
  });
  const title = `${s.label} (${s.target}): ${nameA} vs ${nameB}, n = ${p.n}`;
  return `<figure><svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" role="img" aria-label="${e(title)}"><title>${e(title)}</title>
<rect x="${pad}" y="${pad}" width="${size - 2 * pad}" height="${size - 2 * pad}" fill="none" stroke="#999"/>
<line x1="${X(s.min)}" y1="${Y(s.min)}" x2="${X(s.max)}" y2="${Y(s.max)}" stroke="#bbb" stroke-dasharray="4 3"/>
<text x="${size / 2}" y="${size - 6}" text-anchor="middle">${e(nameA)}</text>
<text x="10" y="${size / 2}" transform="rotate(-90 10 ${size / 2})" text-anchor="middle">${e(nameB)}</text>
<text x="${pad}" y="${size - pad + 12}" text-anchor="middle">${s.min}</text><text x="${size - pad}" y="${size - pad + 12}" text-anchor="middle">${s.max}</text>
${dots.join('\n')}</svg><figcaption>${e(title)}</figcaption></figure>`;
}

/** Bland–Altman: mean of the two values against their difference, with bias and 95% limits. */
export function blandAltmanSvg(s: ScaleAgreement, p: PlottedScalePair, nameA: string, nameB: string): string {
  const w = 260;
  const h = 200;
  const pad = 34;
  const span = s.max - s.min || 1;
  const dmax = maxOf(
    p.points.map((pt) => Math.abs(pt.a - pt.b)),
    Math.max(1, Math.abs(p.loaLower ?? 0), Math.abs(p.loaUpper ?? 0)),
  );
  const X = (m: number) => pad + ((m - s.min) / span) * (w - 2 * pad);
  const Y = (d: number) => h / 2 - (d / dmax) * (h / 2 - pad);
  const dots = p.points.map(
    (pt) =>
      `<circle cx="${num(X((pt.a + pt.b) / 2))}" cy="${num(Y(pt.a - pt.b))}" r="3.5" fill="#d9822b" fill-opacity="0.6"/>`,
  );
  const hline = (y: number | null, label: string, dash: string) =>
    y === null
      ? ''
      : `<line x1="${pad}" x2="${w - pad}" y1="${num(Y(y))}" y2="${num(Y(y))}" stroke="#555" stroke-dasharray="${dash}"/><text x="${w - pad + 2}" y="${num(Y(y) + 4)}">${e(label)}</text>`;
  const title = `${s.label} (${s.target}): Bland–Altman, ${nameA} − ${nameB}, n = ${p.n}`;
  return `<figure><svg xmlns="http://www.w3.org/2000/svg" width="${w + 40}" height="${h}" role="img" aria-label="${e(title)}"><title>${e(title)}</title>
<line x1="${pad}" x2="${w - pad}" y1="${h / 2}" y2="${h / 2}" stroke="#ccc"/>
${hline(p.bias, `bias ${fmt(p.bias)}`, '0')}${hline(p.loaLower, fmt(p.loaLower), '4 3')}${hline(p.loaUpper, fmt(p.loaUpper), '4 3')}
<text x="${w / 2}" y="${h - 6}" text-anchor="middle">mean of the two</text>
<text x="10" y="${h / 2}" transform="rotate(-90 10 ${h / 2})" text-anchor="middle">difference</text>
${dots.join('\n')}</svg><figcaption>${e(title)}</figcaption></figure>`;
}

/** Horizontal bars per code: uα (dark) and F1 (light), on a 0..1 axis (negative uα drawn at 0 and labelled). */
export function codeBarsSvg(codes: CodeAgreement[]): string {
  const shown = codesWithData(codes);
  if (shown.length === 0) return '<p class="note">No passages marked by the compared coders.</p>';
  const row = 26;
  const left = 230;
  const width = 260;
  const h = 30 + shown.length * row;
  const bars = shown.map((c, i) => {
    const y = 24 + i * row;
    const a = c.alphaU.value;
    const f = c.overlap.f1;
    const bw = (v: number | null) => Math.max(0, Math.min(1, v ?? 0)) * width;
    return `<text x="${left - 6}" y="${y + 12}" text-anchor="end">${e(c.label)}</text>
<rect x="${left}" y="${y}" width="${num(bw(a))}" height="9" fill="#2a6fdb"/><text x="${num(left + bw(a) + 4)}" y="${y + 8}" font-size="9">${a === null ? 'uα n/a' : `uα ${fmt(a)}`}</text>
<rect x="${left}" y="${y + 10}" width="${num(bw(f))}" height="9" fill="#9cc3f5"/><text x="${num(left + bw(f) + 4)}" y="${y + 18}" font-size="9">${f === null ? 'F1 n/a' : `F1 ${fmt(f)}`}</text>`;
  });
  return `<figure><svg xmlns="http://www.w3.org/2000/svg" width="${left + width + 70}" height="${h}" role="img" aria-label="Agreement per code"><title>Agreement per code</title>
<line x1="${left}" x2="${left}" y1="18" y2="${h}" stroke="#999"/><text x="${left}" y="12" text-anchor="middle">0</text><text x="${left + width}" y="12" text-anchor="middle">1</text>
${bars.join('\n')}</svg><figcaption>Unitizing alpha (dark) and matched-span F1 (light) per code</figcaption></figure>`;
}

const CSS = `body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#111;max-width:1100px;margin:24px auto;padding:0 16px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #ddd;padding-bottom:4px}h3{font-size:14px;margin:16px 0 6px}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{border:1px solid #ddd;padding:4px 6px;text-align:left;vertical-align:top}th{background:#f3f4f6}
.note{color:#555;font-size:12px}.empty{color:#777;font-style:italic}.warn{background:#fff4e5;border:1px solid #f0b36a;padding:8px 12px;border-radius:4px}
figure{display:inline-block;margin:6px 12px 6px 0;vertical-align:top}figcaption{font-size:11px;color:#555;max-width:300px}svg{font:11px system-ui,sans-serif}
.meta{color:#444}.method p{margin:6px 0 10px}@media print{body{margin:0}section{break-inside:avoid-page}}`;

export function renderReportHtml(r: ProjectAgreement, meta: ReportMeta): string {
  const names = new Map(r.coders.map((c) => [c.id, c.name]));
  const nm = (id: string | null) => (id ? (names.get(id) ?? id) : '');
  const tables = reportTables(r);
  const byId = (id: string) => tables.find((t) => t.id === id) as ReportTable;

  const heatmaps = r.classification
    .filter((l) => l.confusion.total > 0)
    .map((l) =>
      l.confusion.kind === 'pair'
        ? confusionSvg(
            l.confusion,
            `${l.label}: ${nm(l.confusion.rowCoderId)} (rows) × ${nm(l.confusion.colCoderId)} (columns), n = ${l.n}`,
            nm(l.confusion.rowCoderId),
            nm(l.confusion.colCoderId),
          )
        : confusionSvg(
            l.confusion,
            `${l.label}: all coder pairs pooled (symmetric), n = ${l.n} transcripts`,
            'coder',
            'other coder',
          ),
    )
    .join('\n');
  const scalePlots = r.scales
    .filter((s) => s.pairs.some((p) => p.n >= 2))
    .map((s) => {
      const p = plottedPair(s, s.pairs.find((x) => x.n >= 2) as ScalePair);
      return `<div>${scatterSvg(s, p, nm(p.coderA), nm(p.coderB))}${blandAltmanSvg(s, p, nm(p.coderA), nm(p.coderB))}</div>`;
    })
    .join('\n');
  const warnings = r.warnings.filter((w) => w.severity === 'too-few');
  const method = methodSection(r, meta)
    .map((p) => `<h3>${e(p.heading)}</h3><p>${e(p.text)}</p>`)
    .join('\n');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${e(`Agreement report: ${meta.projectName}`)}</title>
<style>${CSS}</style></head>
<body>
<h1>Agreement report: ${e(meta.projectName)}</h1>
<p class="meta">${e(`${r.transcripts.length} transcript(s); coders: ${r.coders.map((c) => c.name).join(', ')}; codebook ${r.codebookKey}; headline level ${r.level}; generated ${meta.generatedAt} by Attune ${meta.softwareVersion}.`)}</p>
${warnings.length ? `<div class="warn"><strong>Too few units for stable figures:</strong><ul>${warnings.map((w) => `<li>${e(`${w.figure}: ${w.message}`)}</li>`).join('')}</ul></div>` : ''}
${table(byId('classification'))}
${heatmaps ? `<h3>Confusion matrices</h3>${heatmaps}` : ''}
${table(byId('scales'))}
${scalePlots ? `<h3>Scatter and Bland–Altman plots</h3><p class="note">First coder pair with at least two shared transcripts per scale.</p>${scalePlots}` : ''}
${table(byId('passages'))}
${codeBarsSvg(r.passages.codes)}
${table(byId('transcripts'))}
${['disagreement-kinds', 'disagreement-codes', 'disagreement-transcripts', 'disagreements'].map((id) => table(byId(id))).join('\n')}
<section class="method" id="method"><h2>Method</h2>
${method}
</section>
</body></html>
`;
}
