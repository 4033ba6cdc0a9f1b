import type { CodingImportReport } from '../../../shared/api/coding.ts';
import { ServiceError } from '../service-error.ts';

export function emptyReport(fileName: string, format: CodingImportReport['format']): CodingImportReport {
  return {
    fileName,
    format,
    coders: [],
    transcripts: 0,
    transcriptsAdded: 0,
    transcriptsSkipped: 0,
    annotationsAdded: 0,
    annotationsUpdated: 0,
    annotationsRemoved: 0,
    ratings: 0,
    classifications: 0,
    rowsSkipped: 0,
    unchanged: true,
    warnings: [],
  };
}

/** Imports are all or nothing: the refusal names the first few problems and how many more there are. */
export function nothingImported(fileName: string, problems: string[]): ServiceError {
  const shown = problems.slice(0, 5).join('; ');
  return new ServiceError(
    'validation',
    `${fileName}: nothing was imported. ${shown}${problems.length > 5 ? `; and ${problems.length - 5} more` : ''}`,
  );
}
