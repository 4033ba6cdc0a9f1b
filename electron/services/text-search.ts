import type { SearchHit } from '../../shared/api/project.ts';

/** Every occurrence of `query` in the texts, in order, up to `limit`, with its line and some context. */
export function searchTexts(
  texts: { id: string; title: string; text: string }[],
  query: string,
  opts: { caseSensitive: boolean; limit: number },
): SearchHit[] {
  const needle = opts.caseSensitive ? query.normalize('NFC') : query.normalize('NFC').toLocaleLowerCase();
  const hits: SearchHit[] = [];
  for (const r of texts) {
    // Lower-casing can change length for a few scripts; search the original when lengths differ.
    const lowered = r.text.toLocaleLowerCase();
    const hay = opts.caseSensitive || lowered.length !== r.text.length ? r.text : lowered;
    let line = 1;
    let lineFrom = 0;
    for (
      let i = hay.indexOf(needle);
      i !== -1 && hits.length < opts.limit;
      i = hay.indexOf(needle, i + Math.max(1, needle.length))
    ) {
      for (let j = lineFrom; j < i; j++) if (r.text.charCodeAt(j) === 10) line++;
      lineFrom = i;
      const from = Math.max(0, i - 60);
      const to = Math.min(r.text.length, i + needle.length + 60);
      hits.push({
        transcriptId: r.id,
        title: r.title,
        start: i,
        end: i + needle.length,
        line,
        context: r.text.slice(from, to).replace(/\s+/g, ' '),
      });
    }
    if (hits.length >= opts.limit) break;
  }
  return hits;
}
