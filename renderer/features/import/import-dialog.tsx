import { useEffect, useRef, useState, type DragEvent } from 'react';
import type { ImportResult } from '../../../shared/api/transcript.ts';
import { DEFAULT_SPEAKER_PATTERNS, type SpeakerPattern } from '../../../shared/transcript/turns.ts';
import { useImportBatch } from './use-import-batch.ts';
import { IMPORT_ACCEPT } from './read-file.ts';
import { ImportBatchProgress } from './import-batch-progress.tsx';
import { ImportFileList } from './import-file-list.tsx';
import { ImportPreview } from './import-preview.tsx';
import { dateProblem } from '../metadata/index.ts';
import { ReplacementEditor } from './replacement-editor.tsx';
import { SpeakerDefaultsAction } from './speaker-defaults-action.tsx';
import { SpeakerLabelsEditor } from './speaker-labels-editor.tsx';

interface Props {
  /** Files chosen or dropped before the dialog opened. */
  initialFiles: File[];
  /** The lab's speaker labels (project setting), if any. */
  speakerPatterns: SpeakerPattern[] | undefined;
  hiddenFields: readonly string[];
  /** A lead or trainer (or no identity): may save the speaker labels as the project default. */
  canSaveDefaults?: boolean;
  /** Closed: with what was imported (the coding view opens the last one). */
  onClose: (imported: ImportResult[]) => void;
}

/**
 * Import transcripts: choose or drop files, check each file's preview (turns, sections, marks, every
 * replacement, metadata) and only then import them all, one transaction per file, with a progress bar
 * and a result per file. Nothing is written before "Import".
 */
export function ImportDialog({ initialFiles, speakerPatterns, hiddenFields, canSaveDefaults = false, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const chooser = useRef<HTMLInputElement>(null);
  const batch = useImportBatch({
    speakerPatterns: speakerPatterns ?? DEFAULT_SPEAKER_PATTERNS,
    extraLabels: [],
    replacements: [],
  });
  const { entries, options, setOptions, stage, progress } = batch;
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const started = useRef(false);

  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);

  useEffect(() => {
    // Once per dialog, even under StrictMode's double effects.
    if (started.current) return;
    started.current = true;
    if (initialFiles.length) setSelectedKey(batch.addFiles(initialFiles) ?? null);
  }, [initialFiles, batch]);

  const selected = entries.find((e) => e.key === selectedKey) ?? entries[0] ?? null;
  const busy = entries.some((e) => e.phase === 'reading' || e.phase === 'previewing');
  const badDate = entries.find((e) => e.phase === 'ready' && dateProblem(e.metadata.interviewDate));
  const locked = stage !== 'preview';
  const close = () => {
    if (stage === 'importing') return; // the batch finishes first: each file is all-or-nothing anyway
    onClose(entries.filter((e) => e.phase === 'imported' && e.result).map((e) => e.result!));
  };

  const add = (files: File[]) => {
    if (locked || files.length === 0) return;
    const first = batch.addFiles(files);
    if (first && !selected) setSelectedKey(first);
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    e.stopPropagation();
    setDragging(false);
    add([...e.dataTransfer.files]);
  };

  return (
    <dialog
      ref={ref}
      className={`modal import-dialog${dragging ? ' import-dialog--drop' : ''}`}
      aria-label="Import transcripts"
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes('Files') || locked) return;
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <div className="modal-head import-head">
        <div>
          <h2 className="card-title">Import transcripts</h2>
          <p className="muted small">
            Word (.docx), text (.txt), OpenDocument (.odt) and RTF. Check each file below; nothing is saved until you
            import.
          </p>
        </div>
        <button
          type="button"
          className="btn btn-quiet btn-small"
          onClick={close}
          aria-label="Close"
          disabled={stage === 'importing'}
        >
          ✕
        </button>
      </div>

      <div className="import-body">
        <aside className="import-side">
          <div className="import-side-head">
            <h3 className="section-label">Files ({entries.length})</h3>
            <input
              ref={chooser}
              type="file"
              multiple
              hidden
              accept={IMPORT_ACCEPT}
              data-testid="import-dialog-file-input"
              onChange={(e) => {
                const files = [...(e.target.files ?? [])];
                e.target.value = '';
                add(files);
              }}
            />
            <button type="button" className="btn btn-small" onClick={() => chooser.current?.click()} disabled={locked}>
              + Add files
            </button>
          </div>
          {entries.length === 0 ? (
            <p className="import-drop-hint">Drop transcript files here or use “Add files”.</p>
          ) : (
            <ImportFileList
              entries={entries}
              selectedKey={selected?.key ?? null}
              onSelect={setSelectedKey}
              onRemove={locked ? null : batch.remove}
            />
          )}

          <section className="import-option" aria-label="Speaker labels">
            <h3 className="section-label">Speaker labels</h3>
            <p className="muted small">A line starting with one of these and a colon starts a turn.</p>
            <SpeakerLabelsEditor
              patterns={options.speakerPatterns}
              disabled={locked}
              onChange={(speakerPatterns) => setOptions((o) => ({ ...o, speakerPatterns }))}
            />
            {canSaveDefaults && (
              <SpeakerDefaultsAction
                patterns={options.speakerPatterns}
                saved={speakerPatterns ?? null}
                disabled={locked}
              />
            )}
          </section>

          <section className="import-option" aria-label="Pseudonymisation">
            <h3 className="section-label">Pseudonymisation</h3>
            <p className="muted small">
              Whole words, in every file of this batch. A capitalised name gets <strong>Match case</strong>, so “Rose”
              leaves “rose” alone; untick it to replace ROSE and rose too.
            </p>
            <p className="muted small" data-testid="replacement-not-kept">
              This list is not kept, by design: names paired with their tokens would re-identify participants. “Save
              list…” saves a copy to keep outside the project.
            </p>
            <ReplacementEditor
              replacements={options.replacements}
              disabled={locked}
              onChange={(replacements) => setOptions((o) => ({ ...o, replacements }))}
            />
          </section>
        </aside>

        <div className="import-main">
          {stage !== 'preview' ? (
            <ImportBatchProgress entries={entries} progress={progress} finished={stage === 'done'} />
          ) : selected ? (
            <ImportPreview
              key={selected.key}
              entry={selected}
              hiddenFields={hiddenFields}
              disabled={locked}
              onChange={(change) => batch.patch(selected.key, change)}
            />
          ) : (
            <div className="import-empty">
              <p className="reader-empty-title">No files yet</p>
              <p className="muted">Choose files or drop them anywhere on this dialog.</p>
              <button type="button" className="btn btn-primary" onClick={() => chooser.current?.click()}>
                Choose files…
              </button>
            </div>
          )}
        </div>
      </div>

      <div className="import-foot">
        <p className="muted small import-foot-note" role="status">
          {stage === 'preview' && busy && 'Reading files…'}
          {stage === 'preview' && !busy && badDate && `Fix the interview date of ${badDate.name} first.`}
          {stage === 'preview' &&
            !busy &&
            !badDate &&
            entries.length > 0 &&
            `${entries.length} ${entries.length === 1 ? 'file' : 'files'} ready to import.`}
        </p>
        {stage === 'done' ? (
          <button type="button" className="btn btn-primary" onClick={close}>
            Done
          </button>
        ) : (
          <>
            <button type="button" className="btn" onClick={close} disabled={stage === 'importing'}>
              Cancel
            </button>
            <button
              type="button"
              className="btn btn-primary"
              disabled={stage !== 'preview' || entries.length === 0 || busy || Boolean(badDate)}
              onClick={() => void batch.importAll()}
            >
              {stage === 'importing' ? 'Importing…' : entries.length > 1 ? `Import all ${entries.length}` : 'Import'}
            </button>
          </>
        )}
      </div>
    </dialog>
  );
}
