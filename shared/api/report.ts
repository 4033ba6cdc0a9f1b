import { z } from 'zod';
import { agreementSelection, headlineLevel, overlapThreshold, type AgreementFile } from './agreement.ts';
import { takes } from './method.ts';

export const reportCreateArgs = z
  .object({
    format: z.enum(['html', 'pdf']),
    ...agreementSelection,
    overlapThreshold: overlapThreshold.optional(),
    level: headlineLevel.optional(),
  })
  .strict();

export const reportApi = {
  /** The agreement report (figures, charts, method section) as standalone HTML or as PDF. */
  'report-create': takes(reportCreateArgs).returns<AgreementFile>(),
};
