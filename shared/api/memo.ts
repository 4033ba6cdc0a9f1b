import { z } from 'zod';
import { takes } from './method.ts';
import { emptyArgs, id, longText, ownerArgs } from './primitives.ts';

export interface Memo {
  transcriptId: string;
  coderId: string;
  text: string;
  updatedAt: string | null;
}

export const memoSetArgs = ownerArgs
  .extend({ text: longText(200_000, 'a memo has at most 200,000 characters') })
  .strict();

/** A memo the lab shares: on the project, or on one code (how this lab applies it, anchor examples). */
export interface SharedMemo {
  scope: 'project' | 'code';
  /** The code's id; null for the project memo. */
  codeId: string | null;
  text: string;
  updatedAt: string | null;
  /** Name of the coder who saved it last (null with no identity chosen). */
  updatedBy: string | null;
}

export const sharedMemoRef = z.discriminatedUnion('scope', [
  z.object({ scope: z.literal('project') }).strict(),
  z.object({ scope: z.literal('code'), codeId: id }).strict(),
]);
export const sharedMemoSetArgs = z.discriminatedUnion('scope', [
  z.object({ scope: z.literal('project'), text: longText(200_000, 'a memo has at most 200,000 characters') }).strict(),
  z
    .object({
      scope: z.literal('code'),
      codeId: id,
      text: longText(200_000, 'a memo has at most 200,000 characters'),
    })
    .strict(),
]);

export const memoApi = {
  'memo-get': takes(ownerArgs).returns<Memo>(),
  'memo-set': takes(memoSetArgs).returns<Memo>(),
  /** The project memo or a code's memo (everyone reads them; leads and trainers write them). */
  'memo-get-shared': takes(sharedMemoRef).returns<SharedMemo>(),
  'memo-set-shared': takes(sharedMemoSetArgs).returns<SharedMemo>(),
  /** Every non-empty shared memo (project first, then codes). */
  'memo-list-shared': takes(emptyArgs).returns<SharedMemo[]>(),
};
