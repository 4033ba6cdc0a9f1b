import { z } from 'zod';
import { agreementSelection, type AgreementFile } from './agreement.ts';
import { takes } from './method.ts';

export const datasetExportArgs = z
  .object({
    layout: z.enum(['long', 'wide']),
    ...agreementSelection,
    /** Long layout only: add memo rows (transcript, code and project memos) and status rows. */
    include: z
      .array(z.enum(['memos', 'status']))
      .max(2)
      .optional(),
    /** Also return (and, with output, write beside the CSV) SPSS syntax that reads it. */
    spss: z.boolean().optional(),
    /** An absolute path ending in .csv: the CSV is streamed there (never over an existing file) and content is empty. */
    output: z.string().min(1).max(4096).optional(),
  })
  .strict();

export interface CodingsExportFile extends AgreementFile {
  /** Data rows written (the header not counted). */
  rows: number;
  /** Where the CSV was written (with output), else null. */
  path: string | null;
  /** SPSS syntax reading the CSV (with spss), else null; with output it is also written beside the CSV. */
  syntax: { fileName: string; content: string } | null;
}

export const datasetApi = {
  /** All visible codings as CSV for R (read.csv) and SPSS, long or wide (columns in the README, "The long codings CSV"). */
  'dataset-export': takes(datasetExportArgs).returns<CodingsExportFile>(),
};
