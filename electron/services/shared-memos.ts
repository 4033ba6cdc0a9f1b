// The project memo and code memos: lab-wide documents (how this lab applies a code, anchor examples) that
// every coder reads; leads and trainers write them (with no identity chosen, writes follow Access's rule).
import { z } from 'zod';
import type { SharedMemo } from '../../shared/api/memo.ts';
import type { ServiceContext } from './context.ts';
import * as table from './db/tables/shared-memos.ts';
import { ServiceError } from './service-error.ts';

type Ref = { scope: 'project' } | { scope: 'code'; codeId: string };

const stored = z.object({ text: z.string(), updatedAt: z.string(), updatedBy: z.string().nullable() });
const keyOf = (r: Ref) => (r.scope === 'project' ? 'memo:project' : `memo:code:${r.codeId}`);

function parse(r: Ref, value: string | undefined): SharedMemo {
  const codeId = r.scope === 'code' ? r.codeId : null;
  const empty: SharedMemo = { scope: r.scope, codeId, text: '', updatedAt: null, updatedBy: null };
  if (value === undefined) return empty;
  const v = stored.safeParse(JSON.parse(value));
  return v.success ? { scope: r.scope, codeId, ...v.data } : empty;
}

export function getSharedMemo(ctx: ServiceContext, r: Ref): SharedMemo {
  return parse(r, table.getSharedMemo(ctx.project.db, { key: keyOf(r) }));
}

export function setSharedMemo(ctx: ServiceContext, r: Ref & { text: string }): SharedMemo {
  const a = ctx.access;
  if (a.coder) a.assertPrivileged(r.scope === 'project' ? 'editing the project memo' : 'editing a code memo');
  else if (a.settings.blindMode)
    throw new ServiceError('refused', 'blind coding is on: choose your coder identity first');
  const ref: Ref = r.scope === 'project' ? { scope: 'project' } : { scope: 'code', codeId: r.codeId };
  if (ref.scope === 'code' && !ctx.project.activeCodebook().codebook.codes.some((c) => c.id === ref.codeId))
    throw new ServiceError('not-found', `no code "${ref.codeId}" in the active codebook`);
  const key = keyOf(ref);
  if (r.text === '') table.deleteSharedMemo(ctx.project.db, { key });
  else
    table.putSharedMemo(ctx.project.db, {
      key,
      value: JSON.stringify({ text: r.text, updatedAt: new Date().toISOString(), updatedBy: a.coder?.name ?? null }),
    });
  return getSharedMemo(ctx, ref);
}

export function listSharedMemos(ctx: ServiceContext): SharedMemo[] {
  return table
    .listSharedMemos(ctx.project.db)
    .flatMap((row) => {
      const ref: Ref | null =
        row.key === 'memo:project'
          ? { scope: 'project' }
          : row.key.startsWith('memo:code:')
            ? { scope: 'code', codeId: row.key.slice('memo:code:'.length) }
            : null;
      if (!ref) return [];
      const m = parse(ref, row.value);
      return m.text ? [m] : [];
    })
    .sort((x, y) => (x.scope === y.scope ? 0 : x.scope === 'project' ? -1 : 1));
}
