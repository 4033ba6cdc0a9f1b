import { placeKey } from '../local/prefs-store.ts';
import type { ServiceContext } from '../context.ts';
import type { DomainHandlers } from './types.ts';

/** The key of the acting coder's place in a transcript they may read, or null with no coder chosen. */
function keyOf(ctx: ServiceContext, transcriptId: string): string | null {
  const coder = ctx.access.coder;
  if (!coder) return null;
  ctx.project.requireTranscript(transcriptId);
  return placeKey(ctx.project.path, coder.id, transcriptId);
}

export const prefsHandlers: DomainHandlers<'prefs'> = {
  'prefs-get': async (_, ctx) => ctx.state.prefs.get(),
  'prefs-update': async (patch, ctx) => ctx.state.prefs.update(patch),
  'prefs-get-place': async ({ transcriptId }, ctx) => {
    const key = keyOf(ctx, transcriptId);
    return key ? ctx.state.prefs.place(key) : null;
  },
  'prefs-set-place': async ({ transcriptId, place }, ctx) => {
    const key = keyOf(ctx, transcriptId);
    if (key) ctx.state.prefs.setPlace(key, place);
    return null;
  },
};
