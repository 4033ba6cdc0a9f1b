import { z } from 'zod';
import { agreementSelection, type AgreementFile } from './agreement.ts';
import { takes } from './method.ts';

export const datasetExportArgs = z.object({ layout: z.enum(['long', 'wide']), ...agreementSelection }).strict();

export const datasetApi = {
  /** All visible codings as CSV for R (read.csv) and SPSS, long or wide (columns documented in shared/reliability/codings-csv.ts). */
  'dataset-export': takes(datasetExportArgs).returns<AgreementFile>(),
};
