// Project search beyond the transcript text: highlight notes and per-transcript memos the acting coder may
// see (Access decides, as for every read), found as hits that open the highlight's passage or the transcript,
// then the project memo and code memos (every coder reads those), which open the Segments view.
import type { SearchHit } from '../../shared/api/project.ts';
import type { ServiceContext } from './context.ts';
import { listSegmentRows } from './db/tables/segments.ts';
import { listSharedMemos } from './shared-memos.ts';

const excerpt = (text: string, at: number, length: number) => {
  const from = Math.max(0, at - 60);
  const to = Math.min(text.length, at + length + 60);
  return `${from > 0 ? '…' : ''}${text.slice(from, to).replace(/\s+/g, ' ')}${to < text.length ? '…' : ''}`;
};

export function searchNotesAndMemos(
  ctx: ServiceContext,
  query: string,
  opts: { transcriptIds?: string[] | undefined; caseSensitive: boolean; limit: number },
): SearchHit[] {
  if (!ctx.access.coder && ctx.access.isBlindEverywhere()) return [];
  const fold = (x: string) => (opts.caseSensitive ? x : x.toLocaleLowerCase());
  const q = fold(query);
  const hits: SearchHit[] = [];
  const transcripts = ctx.project
    .listTranscripts()
    .filter((t) => !opts.transcriptIds || opts.transcriptIds.includes(t.id));
  const coders = new Map(ctx.project.listCoders().map((c) => [c.id, c.name]));
  const codes = new Map(ctx.project.activeCodebook().codebook.codes.map((c) => [c.id, c.label]));
  for (const t of transcripts) {
    // Notes are matched on the rows first: the text is read only for a transcript with a match.
    const visible = new Set(ctx.access.visibleCoderIds(t.id));
    const rows = listSegmentRows(ctx.project.db, { transcriptId: t.id }).filter(
      (r) => r.note !== '' && visible.has(r.coder_id) && fold(r.note).includes(q),
    );
    if (!rows.length) continue;
    const name = (id: string) => coders.get(id) ?? id;
    rows.sort((a, b) => a.start_offset - b.start_offset || name(a.coder_id).localeCompare(name(b.coder_id)));
    const text = ctx.project.transcriptText(t.id);
    for (const r of rows) {
      const at = fold(r.note).indexOf(q);
      hits.push({
        transcriptId: t.id,
        title: t.title,
        start: r.start_offset,
        end: r.end_offset,
        line: text.slice(0, r.start_offset).split('\n').length,
        context: `Note by ${coders.get(r.coder_id) ?? r.coder_id} on ${codes.get(r.code_id) ?? r.code_id}: ${excerpt(r.note, at, query.length)}`,
        kind: 'note',
      });
      if (hits.length >= opts.limit) return hits;
    }
  }
  for (const t of transcripts)
    for (const coderId of ctx.access.visibleCoderIds(t.id)) {
      const memo = ctx.coding.getMemo(t.id, coderId).text;
      const at = fold(memo).indexOf(q);
      if (at === -1) continue;
      hits.push({
        transcriptId: t.id,
        title: t.title,
        start: 0,
        end: 0,
        line: 1,
        context: `Memo by ${coders.get(coderId) ?? coderId}: ${excerpt(memo, at, query.length)}`,
        kind: 'memo',
      });
      if (hits.length >= opts.limit) return hits;
    }
  for (const m of listSharedMemos(ctx)) {
    const at = fold(m.text).indexOf(q);
    if (at === -1) continue;
    const name = m.codeId ? (codes.get(m.codeId) ?? m.codeId) : '';
    hits.push({
      transcriptId: '',
      title: m.scope === 'project' ? 'Project memo' : `Memo on “${name}”`,
      start: 0,
      end: 0,
      line: 0,
      context: excerpt(m.text, at, query.length),
      kind: m.scope === 'project' ? 'project-memo' : 'code-memo',
      ...(m.codeId ? { codeId: m.codeId } : {}),
    });
    if (hits.length >= opts.limit) return hits;
  }
  return hits;
}
