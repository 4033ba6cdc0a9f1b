import { z } from 'zod';
import { takes } from './method.ts';
import { ownerArgs } from './primitives.ts';

export interface Memo {
  transcriptId: string;
  coderId: string;
  text: string;
  updatedAt: string | null;
}

export const memoSetArgs = ownerArgs.extend({ text: z.string().max(200_000) }).strict();

export const memoApi = {
  'memo-get': takes(ownerArgs).returns<Memo>(),
  'memo-set': takes(memoSetArgs).returns<Memo>(),
};
