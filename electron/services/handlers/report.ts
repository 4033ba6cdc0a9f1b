import { renderReportHtml } from '../../../shared/reliability/report-html.ts';
import { computeAgreement, fileStem, today } from '../agreement-data.ts';
import { renderReportPdf } from '../pdf-report.ts';
import { printTranscript } from '../print-transcript.ts';
import type { DomainHandlers } from './types.ts';

export const reportHandlers: DomainHandlers<'report'> = {
  'report-create': async ({ format, ...sel }, ctx) => {
    // A report lists the 25 largest disagreements and counts the rest: only those 25 are described.
    const { result, meta } = await computeAgreement(ctx, sel, { describeDisagreements: () => false });
    const stem = `${fileStem(ctx.project.name)}-agreement-${today()}`;
    if (format === 'html')
      return {
        fileName: `${stem}.html`,
        content: renderReportHtml(result, meta),
        mimeType: 'text/html',
        encoding: 'utf8',
      };
    const pdf = await renderReportPdf(result, meta);
    return {
      fileName: `${stem}.pdf`,
      content: pdf.toString('base64'),
      mimeType: 'application/pdf',
      encoding: 'base64',
    };
  },
  'report-create-transcript': async (a, ctx) => printTranscript(ctx, a),
};
