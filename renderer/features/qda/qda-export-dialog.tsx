import { useEffect, useState } from 'react';
import type { Coder } from '../../../shared/api/coder.ts';
import type { QdaFile } from '../../../shared/api/qda.ts';
import type { TranscriptSummary } from '../../../shared/api/transcript.ts';
import { errorMessage, send } from '../../api/client.ts';
import { CheckList } from '../../ui/check-list.tsx';
import { base64ToBlob, downloadFile } from '../../ui/download.ts';
import { ModalDialog } from '../../ui/modal-dialog.tsx';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** File ▸ Export ▸ REFI-QDA project…: chosen transcripts and coders as a .qdpx for other QDA programs. */
export function QdaExportDialog({ onClose }: { onClose: () => void }) {
  const [transcripts, setTranscripts] = useState<TranscriptSummary[] | null>(null);
  const [coders, setCoders] = useState<Coder[]>([]);
  const [chosenT, setChosenT] = useState<Set<string>>(new Set());
  const [chosenC, setChosenC] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<QdaFile | null>(null);

  useEffect(() => {
    void Promise.all([send('transcript-list', {}), send('coder-list', {})])
      .then(([t, c]) => {
        setTranscripts(t);
        setCoders(c);
        setChosenT(new Set(t.map((x) => x.id)));
        setChosenC(new Set(c.map((x) => x.id)));
      })
      .catch((e: unknown) => setError(errorMessage(e)));
  }, []);

  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      if (chosenT.size === 0) throw new Error('Choose at least one transcript.');
      if (chosenC.size === 0) throw new Error('Choose at least one coder.');
      const all = (ids: Set<string>, list: { id: string }[]) => ids.size === list.length;
      const file = await send('qda-export', {
        ...(all(chosenT, transcripts ?? []) ? {} : { transcriptIds: [...chosenT] }),
        ...(all(chosenC, coders) ? {} : { coderIds: [...chosenC] }),
      });
      downloadFile(file.fileName, base64ToBlob(file.contentBase64, 'application/zip'), 'application/zip');
      setDone(file);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <ModalDialog title="Export a REFI-QDA project" onClose={onClose}>
      <div className="qda-body">
        <p className="muted">
          A <span className="mono">.qdpx</span> file that ATLAS.ti, MAXQDA, NVivo and QualCoder open: the transcripts as
          text, coders as users, the codebook (groups as parent codes), highlights with their notes, memos, and
          transcript metadata as variables. Ratings, classifications, events and severities stay in Attune.
        </p>
        <p className="warn-text small">
          The file contains the interviews themselves: confidential data. Share it only as your ethics approval allows.
        </p>
        {transcripts === null && !error && <p className="muted">Loading…</p>}
        {transcripts !== null && (
          <div className="qda-choices">
            <CheckList
              label="Transcripts"
              items={transcripts.map((t) => ({ id: t.id, label: t.title }))}
              chosen={chosenT}
              onChange={setChosenT}
            />
            <CheckList
              label="Coders"
              items={coders.map((c) => ({ id: c.id, label: c.name }))}
              chosen={chosenC}
              onChange={setChosenC}
            />
          </div>
        )}
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        {done && (
          <p className="ok-text" role="status">
            Saved {done.fileName}: {plural(done.counts.transcripts, 'transcript')},{' '}
            {plural(done.counts.coders, 'coder')}, {plural(done.counts.codes, 'code')},{' '}
            {plural(done.counts.annotations, 'highlight')}, {plural(done.counts.notes, 'note')}.
          </p>
        )}
      </div>
      <div className="modal-actions">
        <button type="button" className="btn" onClick={onClose}>
          {done ? 'Done' : 'Cancel'}
        </button>
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => void run()}
          disabled={busy || transcripts === null}
        >
          {busy ? 'Exporting…' : 'Export .qdpx'}
        </button>
      </div>
    </ModalDialog>
  );
}
