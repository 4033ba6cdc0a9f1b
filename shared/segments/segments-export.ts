// The Segments view's exports: a CSV for analysis and a standalone HTML page of quotes (inline CSS, no
// scripts or remote resources; everything from data escaped).
import type { Segment } from '../api/segment.ts';
import { line } from '../reliability/codings-csv.ts';
import { escapeHtml as e } from '../reliability/report-html.ts';
import { groupSegments } from './segment-groups.ts';

export const SEGMENT_CSV_COLUMNS = [
  'transcript_id',
  'transcript',
  'participant',
  'coder',
  'code_id',
  'code',
  'start',
  'end',
  'line',
  'section',
  'severity',
  'event',
  'text',
  'note',
] as const;

export function segmentsCsv(segments: readonly Segment[]): string {
  const rows = segments.map((s) =>
    line([
      s.transcriptId,
      s.title,
      s.participant,
      s.coder,
      s.codeId,
      s.codeLabel,
      s.start,
      s.end,
      s.line,
      s.section,
      s.severity,
      s.event,
      s.text,
      s.note,
    ]),
  );
  return [line([...SEGMENT_CSV_COLUMNS]), ...rows].join('\r\n') + '\r\n';
}

const CSS = `body{font:15px/1.5 Georgia,'Times New Roman',serif;color:#1d2327;max-width:46rem;margin:2rem auto;padding:0 1rem}
h1{font:600 1.4rem system-ui,sans-serif;margin:0 0 .25rem}.meta{font:13px system-ui,sans-serif;color:#5b6670;margin:0 0 1.5rem}
section{border-top:1px solid #d9dee2;padding:1rem 0;break-inside:avoid}
h2{font:600 13px system-ui,sans-serif;color:#39424a;margin:0 0 .4rem}
blockquote{margin:.25rem 0 .6rem;padding-left:.8rem;border-left:3px solid #9aa5ae}
.ctx{color:#7a858e}mark{background:#fff1b8;color:inherit;padding:0 .1em}
ul{list-style:none;margin:0;padding:0;font:13px system-ui,sans-serif}li{margin:.2rem 0}
.code{font-weight:600}.note{color:#39424a;font-style:italic}.own{color:#5b6670}`;

/** A readable page of quotes: each passage once, with every coder's code, severity, event and note below it. */
export function segmentsHtml(segments: readonly Segment[], meta: { project: string; filters: string }): string {
  const groups = groupSegments(segments);
  const body = groups
    .map((g) => {
      const main = g.segments.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
      const where = `${e(g.title)}${g.participant ? ` (${e(g.participant)})` : ''} · line ${g.line}${
        g.section === null ? '' : ` · Q${g.section}${g.sectionTitle ? ` ${e(g.sectionTitle)}` : ''}`
      }`;
      const items = g.segments
        .map((s) => {
          const own = s.text !== main.text ? ` <span class="own">“${e(s.text)}”</span>` : '';
          const extra = [s.severity ? `severity ${s.severity}` : '', s.event ? e(s.event) : ''].filter(Boolean);
          return `<li><span class="code">${e(s.codeLabel)}</span> · ${e(s.coder)}${extra.length ? ` · ${extra.join(' · ')}` : ''}${own}${
            s.note ? `<br><span class="note">${e(s.note)}</span>` : ''
          }</li>`;
        })
        .join('');
      return `<section><h2>${where}</h2><blockquote><span class="ctx">…${e(main.before)}</span><mark>${e(
        main.text,
      )}</mark><span class="ctx">${e(main.after)}…</span></blockquote><ul>${items}</ul></section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Coded segments: ${e(meta.project)}</title><style>${CSS}</style></head>
<body><h1>Coded segments</h1><p class="meta">${e(meta.project)} · ${e(meta.filters)} · ${segments.length} highlight${
    segments.length === 1 ? '' : 's'
  } in ${groups.length} passage${groups.length === 1 ? '' : 's'}</p>
${body}
</body></html>
`;
}
