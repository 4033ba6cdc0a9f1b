import { takes } from './method.ts';
import { longText, ownerArgs } from './primitives.ts';

export interface Memo {
  transcriptId: string;
  coderId: string;
  text: string;
  updatedAt: string | null;
}

export const memoSetArgs = ownerArgs
  .extend({ text: longText(200_000, 'a memo has at most 200,000 characters') })
  .strict();

export const memoApi = {
  'memo-get': takes(ownerArgs).returns<Memo>(),
  'memo-set': takes(memoSetArgs).returns<Memo>(),
};
