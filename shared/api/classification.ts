import { z } from 'zod';
import type { DerivedLabel } from '../codebook/classification.ts';
import { takes } from './method.ts';
import { noteText, ownerArgs } from './primitives.ts';

export interface Classification {
  transcriptId: string;
  coderId: string;
  codebookKey: string;
  primary: string;
  subtype: string | null;
  alternative: string | null;
  secondAlternative: string | null;
  /** 0..1, or null when not given. */
  confidence: number | null;
  forced: boolean;
  note: string;
  updatedAt: string;
  /** The 2-, 3-, 4- and 5-way (and any other configured) labels derived from this one coding. */
  derived: DerivedLabel[];
}

const label = z.string().min(1).max(40);

export const classificationSetArgs = ownerArgs
  .extend({
    primary: label,
    subtype: label.nullable().default(null),
    alternative: label.nullable().default(null),
    secondAlternative: label.nullable().default(null),
    confidence: z.number().min(0).max(1).nullable().default(null),
    forced: z.boolean().default(false),
    note: noteText.default(''),
  })
  .strict();

export const classificationApi = {
  'classification-get': takes(ownerArgs).returns<Classification | null>(),
  'classification-set': takes(classificationSetArgs).returns<Classification>(),
  'classification-clear': takes(ownerArgs).returns<null>(),
};
