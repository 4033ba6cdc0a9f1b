import type { AgreementSummary } from '../../../shared/api/agreement.ts';
import type { ExportKind } from './use-agreement-run.ts';

interface Props {
  result: AgreementSummary | null;
  /** The running task, if any: exports wait for it. */
  busy: string | null;
  onExport: (what: ExportKind) => void;
}

/** The results' title with what they cover, and the exports: the codings as CSV, the report as HTML or PDF. */
export function AgreementToolbar({ result, busy, onExport }: Props) {
  const exportButton = (what: ExportKind, label: string) => (
    <button type="button" className="btn btn-small" onClick={() => onExport(what)} disabled={busy !== null}>
      {label}
    </button>
  );
  return (
    <header className="dash-toolbar">
      <div>
        <h1 className="mc-title">Agreement</h1>
        <p className="muted small">
          {result
            ? `${result.transcripts.length} transcript${result.transcripts.length === 1 ? '' : 's'} · ${result.coders.map((c) => c.name).join(', ') || 'no coder took part'} · codebook ${result.codebookKey}`
            : 'Choose transcripts and coders, then Compute.'}
        </p>
      </div>
      <div className="toolbar-actions" role="group" aria-label="Export">
        <span className="muted small">Codings CSV</span>
        {exportButton('long', 'Long')}
        {exportButton('wide', 'Wide')}
        <span className="toolbar-sep" aria-hidden="true" />
        <span className="muted small">Report</span>
        {exportButton('html', 'HTML')}
        {exportButton('pdf', 'PDF')}
      </div>
    </header>
  );
}
