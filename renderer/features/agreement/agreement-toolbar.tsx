import { useState } from 'react';
import type { AgreementSummary } from '../../../shared/api/agreement.ts';
import type { ExportKind, ExportOptions } from './use-agreement-run.ts';

interface Props {
  result: AgreementSummary | null;
  /** The running task, if any: exports wait for it. */
  busy: string | null;
  onExport: (what: ExportKind, opts: ExportOptions) => void;
}

/** The results' title with what they cover, and the exports: the codings as CSV, the report as HTML or PDF. */
export function AgreementToolbar({ result, busy, onExport }: Props) {
  const [withMemos, setWithMemos] = useState(false);
  const [spss, setSpss] = useState(false);
  const exportButton = (what: ExportKind, label: string) => (
    <button
      type="button"
      className="btn btn-small"
      onClick={() =>
        onExport(what, {
          include: what === 'long' && withMemos ? ['memos', 'status'] : [],
          spss: what !== 'html' && what !== 'pdf' && spss,
        })
      }
      disabled={busy !== null}
    >
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
        <label
          className="muted small toolbar-check"
          title="Long layout: add memo rows (transcript, code and project memos) and each coder's status"
        >
          <input type="checkbox" checked={withMemos} onChange={(e) => setWithMemos(e.target.checked)} /> memos &amp;
          status
        </label>
        <label
          className="muted small toolbar-check"
          title="Also save an SPSS syntax file (.sps) that reads the CSV with variable and value labels"
        >
          <input type="checkbox" checked={spss} onChange={(e) => setSpss(e.target.checked)} /> SPSS syntax
        </label>
        <span className="toolbar-sep" aria-hidden="true" />
        <span className="muted small">Report</span>
        {exportButton('html', 'HTML')}
        {exportButton('pdf', 'PDF')}
      </div>
    </header>
  );
}
