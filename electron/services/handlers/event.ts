import type { DomainHandlers } from './types.ts';

export const eventHandlers: DomainHandlers<'event'> = {
  'event-list': async ({ transcriptId, coderId }, ctx) => {
    ctx.access.assertCanSee(coderId, transcriptId);
    return ctx.coding.listEvents(transcriptId, coderId);
  },
  'event-create': async (a, ctx) => {
    ctx.access.assertCanWrite(a.coderId);
    return ctx.coding.createEvent(a);
  },
  'event-update': async (a, ctx) => {
    ctx.access.assertCanWrite(ctx.access.visibleRecord('event', a.id, () => ctx.coding.getEvent(a.id)).coderId);
    return ctx.coding.updateEvent(a);
  },
  'event-delete': async ({ id }, ctx) => {
    ctx.access.assertCanWrite(ctx.access.visibleRecord('event', id, () => ctx.coding.getEvent(id)).coderId);
    ctx.coding.deleteEvent(id);
    return null;
  },
};
