import { revealTranscripts, studyProgress } from '../study-progress.ts';
import { assignCell, makeStudyPlan, studyGrid } from '../study.ts';
import type { DomainHandlers } from './types.ts';

export const studyHandlers: DomainHandlers<'study'> = {
  'study-get': async (_, ctx) => studyGrid(ctx),
  'study-plan': async (a, ctx) => {
    const grid = makeStudyPlan(ctx, a);
    ctx.events.push({ type: 'project-changed' });
    return grid;
  },
  'study-assign': async (a, ctx) => assignCell(ctx, a),
  'study-get-progress': async (_, ctx) => studyProgress(ctx),
  'study-reveal': async ({ transcriptIds }, ctx) => {
    const r = revealTranscripts(ctx, transcriptIds);
    if (r.revealed.length) ctx.events.push({ type: 'project-changed' });
    return r;
  },
};
