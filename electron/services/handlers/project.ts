import { searchNotesAndMemos } from '../note-search.ts';
import { resolve } from 'node:path';
import { projectSummary } from '../context.ts';
import { ProjectStore } from '../project-store.ts';
import type { DomainHandlers } from './types.ts';

export const projectHandlers: DomainHandlers<'project'> = {
  'project-create': async ({ path }, ctx) => ctx.state.switchTo(ProjectStore.create(resolve(path))),
  'project-open': async ({ path, forReading }, ctx) => {
    const abs = resolve(path);
    const open = ctx.state.open;
    if (open && open.store.path === abs) return projectSummary(open.store);
    return ctx.state.switchTo(ProjectStore.open(abs, { forReading }));
  },
  'project-open-demo': async (_, ctx) => {
    // Loaded on use: the builder drives its own services (and so the handlers) in private.
    const { demoPath, writeDemoStudy } = await import('../demo/demo-file.ts');
    const path = demoPath(ctx.state.dataDir);
    // Built fresh each time: the last demo (and anything tried in it) is replaced.
    await writeDemoStudy(path, () => {
      if (ctx.state.open?.store.path === path) ctx.state.close();
    });
    return ctx.state.switchTo(ProjectStore.open(path));
  },
  'project-close': async (_, ctx) => {
    if (ctx.state.open) {
      ctx.state.close();
      ctx.events.push({ type: 'project-changed' });
    }
    return null;
  },
  'project-get-current': async (_, ctx) => {
    const open = ctx.state.open;
    return open ? projectSummary(open.store) : null;
  },
  'project-list-recent': async (_, ctx) => ctx.state.recent.list(),
  'project-search': async ({ query, transcriptIds, caseSensitive, limit }, ctx) => {
    const a = ctx.access;
    const inText = ctx.coding.search(query, { transcriptIds, caseSensitive, limit });
    // Notes and memos follow the text's hits, within the same limit.
    const more = limit - inText.length;
    const hits =
      more > 0 ? inText.concat(searchNotesAndMemos(ctx, query, { transcriptIds, caseSensitive, limit: more })) : inText;
    if (!(a.coder && !a.isPrivileged()) || a.settings.hiddenMetadataFields.length === 0) return hits;
    // A hidden header value must not be findable either.
    const masked = new Map<string, ReturnType<typeof ctx.hiddenRanges>>();
    return hits.filter((h) => {
      if (!h.transcriptId) return true; // a shared memo: no transcript text behind it
      let ranges = masked.get(h.transcriptId);
      if (!ranges) {
        ranges = ctx.hiddenRanges(ctx.project.transcriptText(h.transcriptId));
        masked.set(h.transcriptId, ranges);
      }
      return h.kind !== undefined || !ranges.some((r) => h.start < r.end && h.end > r.start);
    });
  },
};
