import { useRef, useState } from 'react';
import type { QdpxImportResult, QdpxPreview } from '../../../shared/api/qda.ts';
import { errorMessage, send } from '../../api/client.ts';
import { trackWrite } from '../../state/save-status.ts';
import { ModalDialog } from '../../ui/modal-dialog.tsx';
import { readFileBase64 } from '../../ui/read-file-base64.ts';
import { QdaPreviewView } from './qda-preview-view.tsx';
import { QdaSkippedList } from './qda-skipped-list.tsx';

type Stage =
  | { kind: 'choose' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'preview'; fileName: string; contentBase64: string; preview: QdpxPreview }
  | { kind: 'importing'; fileName: string; preview: QdpxPreview }
  | { kind: 'done'; result: QdpxImportResult };

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * File ▸ Import ▸ REFI-QDA project…: choose a .qdpx, see what it holds and what will not come across,
 * then import it all at once (the host writes it in one transaction, or nothing).
 */
export function QdaImportDialog({ onClose }: { onClose: () => void }) {
  const [stage, setStage] = useState<Stage>({ kind: 'choose' });
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const chooseFile = async (file: File) => {
    setError(null);
    setStage({ kind: 'reading', fileName: file.name });
    try {
      const contentBase64 = await readFileBase64(file);
      const preview = await send('qda-preview', { fileName: file.name, contentBase64 });
      setStage({ kind: 'preview', fileName: file.name, contentBase64, preview });
    } catch (e) {
      setError(errorMessage(e));
      setStage({ kind: 'choose' });
    }
  };

  const runImport = async () => {
    if (stage.kind !== 'preview') return;
    const { fileName, contentBase64, preview } = stage;
    setStage({ kind: 'importing', fileName, preview });
    try {
      const result = await trackWrite(`Importing ${fileName}`, send('qda-import', { fileName, contentBase64 }));
      setStage({ kind: 'done', result });
    } catch (e) {
      setError(errorMessage(e));
      setStage({ kind: 'preview', fileName, contentBase64, preview });
    }
  };

  const busy = stage.kind === 'reading' || stage.kind === 'importing';
  return (
    <ModalDialog title="Import a REFI-QDA project" onClose={onClose}>
      <div className="qda-body">
        <input
          ref={input}
          type="file"
          accept=".qdpx,application/zip"
          className="visually-hidden"
          data-testid="qda-import-input"
          aria-label="REFI-QDA project to import"
          tabIndex={-1}
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = '';
            if (f) void chooseFile(f);
          }}
        />
        {(stage.kind === 'choose' || stage.kind === 'reading') && (
          <div className="qda-choose">
            <p>
              A project exported by ATLAS.ti, MAXQDA, NVivo, QualCoder or another program as REFI-QDA (
              <span className="mono">.qdpx</span>). Text sources become transcripts, users become coders and codings
              become highlights; you see what the file holds before anything is saved.
            </p>
            <button type="button" className="btn btn-primary" disabled={busy} onClick={() => input.current?.click()}>
              {stage.kind === 'reading' ? `Reading ${stage.fileName}…` : 'Choose a .qdpx file…'}
            </button>
          </div>
        )}
        {(stage.kind === 'preview' || stage.kind === 'importing') && <QdaPreviewView preview={stage.preview} />}
        {stage.kind === 'done' && (
          <div className="qda-result" role="status">
            <p className="ok-text">
              Imported {plural(stage.result.transcripts, 'transcript')} and{' '}
              {plural(stage.result.annotations, 'highlight')} by {plural(stage.result.coders, 'coder')} (
              {stage.result.codersAdded} new), {plural(stage.result.codes, 'code')} ({stage.result.codesAdded} new)
              {stage.result.memos ? `, ${plural(stage.result.memos, 'memo')}` : ''}. Codebook{' '}
              <span className="mono">{stage.result.codebook}</span>.
            </p>
            {stage.result.skipped.length > 0 && <QdaSkippedList title="Not imported" items={stage.result.skipped} />}
          </div>
        )}
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
      </div>
      <div className="modal-actions">
        {stage.kind === 'preview' && (
          <button type="button" className="btn" onClick={() => input.current?.click()}>
            Choose another file…
          </button>
        )}
        <button type="button" className="btn" onClick={onClose}>
          {stage.kind === 'done' ? 'Done' : 'Cancel'}
        </button>
        {(stage.kind === 'preview' || stage.kind === 'importing') && (
          <button
            type="button"
            className="btn btn-primary"
            disabled={stage.kind === 'importing'}
            onClick={() => void runImport()}
          >
            {stage.kind === 'importing' ? 'Importing…' : 'Import'}
          </button>
        )}
      </div>
    </ModalDialog>
  );
}
