import { useState } from 'react';
import type { AgreementSummary } from '../../../shared/api/agreement.ts';
import { errorMessage, send } from '../../api/client.ts';
import { DISAGREEMENTS_PER_PAGE } from '../../state/agreement-ahead.ts';
import { clearProgress } from '../../state/progress.ts';
import { downloadAgreementFile, downloadFile } from '../../ui/download.ts';

export type ExportKind = 'long' | 'wide' | 'html' | 'pdf';
/** Codings CSV options: extra row kinds (long layout) and the SPSS syntax beside it. */
export interface ExportOptions {
  include: Array<'memos' | 'status'>;
  spss: boolean;
}

/** The selection and options a result was computed for. */
export interface AgreementQuery {
  transcriptIds: string[];
  coderIds: string[];
  overlapThreshold: number;
  level?: string;
  /**
   * The dashboard's starting choices, asked of the host as its defaults (no ids): later pages of disagreements
   * are asked the same way, so the host finds the counts it kept for them.
   */
  byDefault?: boolean;
}

export { DISAGREEMENTS_PER_PAGE };

/** What the host is asked for a query: nothing but its defaults, or the ids and options chosen. */
export function hostQuery(q: AgreementQuery): Partial<Omit<AgreementQuery, 'byDefault'>> {
  const { byDefault, ...asked } = q;
  return byDefault ? {} : asked;
}

interface RunOptions {
  /** The ids to ask about (throws what to choose when a list is empty). */
  selection: () => { transcriptIds: string[]; coderIds: string[] };
  threshold: number;
  /** The headline classification level ("" for the host's default). */
  level: string;
}

/**
 * Computing agreement and exporting the codings or the report, one task at a time: `busy` names the
 * running one (the progress bar's label), `error` says why the last one failed.
 */
export function useAgreementRun({ selection, threshold, level }: RunOptions) {
  const [result, setResult] = useState<AgreementSummary | null>(null);
  /** What the shown figures were computed for: later pages of disagreements are asked for the same. */
  const [query, setQuery] = useState<AgreementQuery | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  /** `ahead`: the answer to the starting choices, asked as the view opened (state/agreement-ahead.ts). */
  const compute = async (ahead: Promise<AgreementSummary> | null = null) => {
    setError(null);
    setBusy('Computing agreement');
    if (!ahead) clearProgress('agreement');
    try {
      const q: AgreementQuery = {
        ...selection(),
        overlapThreshold: threshold,
        ...(level ? { level } : {}),
        ...(ahead ? { byDefault: true } : {}),
      };
      const r = await (ahead ?? send('agreement-compute', { ...q, pageSize: DISAGREEMENTS_PER_PAGE }));
      setResult(r);
      setQuery(q);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  const exportFile = async (what: ExportKind, opts: ExportOptions = { include: [], spss: false }) => {
    setError(null);
    setBusy(what === 'long' || what === 'wide' ? 'Writing the CSV' : `Writing the ${what.toUpperCase()} report`);
    try {
      const sel = selection();
      if (what === 'long' || what === 'wide') {
        const file = await send('dataset-export', {
          layout: what,
          ...sel,
          ...(opts.include.length ? { include: opts.include } : {}),
          ...(opts.spss ? { spss: true } : {}),
        });
        downloadAgreementFile(file);
        if (file.syntax) downloadFile(file.syntax.fileName, file.syntax.content, 'text/plain;charset=utf-8');
      } else
        downloadAgreementFile(
          await send('report-create', {
            format: what,
            ...sel,
            overlapThreshold: threshold,
            ...(level ? { level } : {}),
          }),
        );
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  return { result, query, busy, error, compute, exportFile };
}
