import { useEffect, useRef, useState } from 'react';
import type { ImportResult } from '../../../shared/api/transcript.ts';
import { DEFAULT_SPEAKER_PATTERNS, type SpeakerPattern } from '../../../shared/transcript/turns.ts';
import { dateProblem } from '../metadata/index.ts';
import { ImportBatchProgress } from './import-batch-progress.tsx';
import { ImportDialogHead } from './import-dialog-head.tsx';
import { ImportEmpty } from './import-empty.tsx';
import { ImportFileList } from './import-file-list.tsx';
import { ImportFilesHead } from './import-files-head.tsx';
import { ImportFoot } from './import-foot.tsx';
import { ImportPreview } from './preview/import-preview.tsx';
import { PseudonymisationOption } from './replacements/pseudonymisation-option.tsx';
import { SpeakerLabelsOption } from './speakers/speaker-labels-option.tsx';
import { useFileDrop } from './use-file-drop.ts';
import { useImportBatch } from './use-import-batch.ts';
import { useShowModal } from '../../ui/use-show-modal.ts';
import { suggestedRole } from '../../../shared/transcript/label-suggestions.ts';

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
  const ref = useShowModal();
  const chooser = useRef<HTMLInputElement>(null);
  const batch = useImportBatch({
    speakerPatterns: speakerPatterns ?? DEFAULT_SPEAKER_PATTERNS,
    extraLabels: [],
    replacements: [],
  });
  const { entries, options, setOptions, stage, progress } = batch;
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const started = useRef(false);

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
  const choose = () => chooser.current?.click();

  const add = (files: File[]) => {
    if (locked || files.length === 0) return;
    const first = batch.addFiles(files);
    if (first && !selected) setSelectedKey(first);
  };
  const drop = useFileDrop(!locked, add);

  return (
    <dialog
      ref={ref}
      className={`modal import-dialog${drop.dragging ? ' import-dialog--drop' : ''}`}
      aria-label="Import transcripts"
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
      onDragOver={drop.onDragOver}
      onDragLeave={drop.onDragLeave}
      onDrop={drop.onDrop}
    >
      <ImportDialogHead onClose={close} closeDisabled={stage === 'importing'} />
      <div className="import-body">
        <aside className="import-side">
          <ImportFilesHead
            count={entries.length}
            chooserRef={chooser}
            onChoose={choose}
            onFiles={add}
            disabled={locked}
          />
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
          <SpeakerLabelsOption
            patterns={options.speakerPatterns}
            saved={speakerPatterns ?? null}
            canSaveDefaults={canSaveDefaults}
            disabled={locked}
            onChange={(speakerPatterns) => setOptions((o) => ({ ...o, speakerPatterns }))}
          />
          <PseudonymisationOption
            replacements={options.replacements}
            disabled={locked}
            onChange={(replacements) => setOptions((o) => ({ ...o, replacements }))}
          />
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
              onUseLabels={(labels) =>
                setOptions((o) => ({
                  ...o,
                  speakerPatterns: [
                    ...o.speakerPatterns,
                    ...labels.map((label) => ({ label, role: suggestedRole(label) })),
                  ],
                }))
              }
            />
          ) : (
            <ImportEmpty onChoose={choose} onClose={close} />
          )}
        </div>
      </div>

      <ImportFoot
        stage={stage}
        entries={entries}
        busy={busy}
        badDate={badDate}
        onClose={close}
        onImport={() => void batch.importAll()}
      />
    </dialog>
  );
}
