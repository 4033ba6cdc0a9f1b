// Project search beyond the transcript text: highlight notes and per-transcript memos the acting coder may
// see (Access decides, as for every read), found as hits that open the highlight's passage or the transcript.
import type { SearchHit } from '../../shared/api/project.ts';
import type { ServiceContext } from './context.ts';
import { listSegments } from './segments.ts';

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
  const s = ctx.access.settings;
  if (!ctx.access.coder && s.blindMode && !s.revealed) return [];
  const fold = (x: string) => (opts.caseSensitive ? x : x.toLocaleLowerCase());
  const q = fold(query);
  const hits: SearchHit[] = [];
  const transcripts = ctx.project
    .listTranscripts()
    .filter((t) => !opts.transcriptIds || opts.transcriptIds.includes(t.id));
  const ids = transcripts.map((t) => t.id);
  for (const seg of listSegments(ctx, { transcriptIds: ids })) {
    const at = fold(seg.note).indexOf(q);
    if (at === -1) continue;
    hits.push({
      transcriptId: seg.transcriptId,
      title: seg.title,
      start: seg.start,
      end: seg.end,
      line: seg.line,
      context: `Note by ${seg.coder} on ${seg.codeLabel}: ${excerpt(seg.note, at, query.length)}`,
      kind: 'note',
    });
    if (hits.length >= opts.limit) return hits;
  }
  const coders = new Map(ctx.project.listCoders().map((c) => [c.id, c.name]));
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
  return hits;
}
