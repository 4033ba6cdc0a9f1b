import { useId, useState } from 'react';
import { CORE_METADATA_FIELDS } from '../../../shared/transcript/metadata.ts';
import { CoreFieldRow } from './core-field-row.tsx';
import { FreeFieldRow } from './free-field-row.tsx';
import {
  draftProblem,
  isHidden,
  newFieldProblem,
  recordOf,
  toDraft,
  withHidden,
  type MetadataDraft,
} from './metadata-draft.ts';
import { NewFieldRow } from './new-field-row.tsx';
import { useMetadataSave } from './use-metadata-save.ts';
import { useShowModal } from '../../ui/use-show-modal.ts';

interface Props {
  transcriptId: string;
  title: string;
  record: Readonly<Record<string, string>>;
  hidden: readonly string[];
  onClose: () => void;
}

/**
 * Edit one transcript's metadata (participant code, interview date, interviewer, free fields) and
 * which fields the project hides from coders. Saved together, as one undoable step.
 */
export function MetadataEditor({ transcriptId, title, record, hidden, onClose }: Props) {
  const ref = useShowModal();
  const [draft, setDraft] = useState<MetadataDraft>(() => toDraft(record));
  const [hide, setHide] = useState<string[]>(() => [...hidden]);
  const { saving, saveError, save: saveAll } = useMetadataSave(transcriptId, { record, hidden }, onClose);
  const noteId = useId();

  const problem = draftProblem(draft);

  const save = () => {
    if (!problem) void saveAll(recordOf(draft), hide);
  };

  const hideField = (name: string) => (on: boolean) => setHide((h) => withHidden(h, name, on));

  return (
    <dialog
      ref={ref}
      className="modal metadata-dialog"
      aria-label="Edit metadata"
      onCancel={(e) => {
        e.preventDefault();
        if (!saving) onClose();
      }}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <div className="modal-head">
          <div>
            <h2 className="card-title">Metadata</h2>
            <p className="muted small">{title}</p>
          </div>
          <button
            type="button"
            className="btn btn-quiet btn-small"
            onClick={onClose}
            aria-label="Close"
            disabled={saving}
          >
            ✕
          </button>
        </div>

        <p className="hidden-note" id={noteId}>
          <strong>Hidden from coders</strong> means coders never see the field: Attune leaves it out of every screen and
          every answer it gives a coder. Only leads and trainers see it. Hiding is project-wide: it applies to this
          field on every transcript. Header lines inside the transcript text are part of the text and stay visible.
        </p>

        <div className="meta-table" role="group" aria-label="Fields">
          {CORE_METADATA_FIELDS.map((k) => (
            <CoreFieldRow
              key={k}
              field={k}
              inputId={`${noteId}-${k}`}
              value={draft[k]}
              invalid={k === 'interviewDate' && problem?.includes('date') === true}
              hidden={isHidden(hide, k)}
              noteId={noteId}
              onChange={(value) => setDraft((d) => ({ ...d, [k]: value }))}
              onHide={hideField(k)}
            />
          ))}
          {draft.fields.map((f, i) => (
            <FreeFieldRow
              key={f.key}
              name={f.key}
              inputId={`${noteId}-f${i}`}
              value={f.value}
              hidden={isHidden(hide, f.key)}
              noteId={noteId}
              onChange={(value) =>
                setDraft((d) => ({ ...d, fields: d.fields.map((x, j) => (j === i ? { ...x, value } : x)) }))
              }
              onHide={hideField(f.key)}
              onRemove={() => setDraft((d) => ({ ...d, fields: d.fields.filter((_, j) => j !== i) }))}
            />
          ))}
        </div>

        <NewFieldRow
          problemOf={(name) => newFieldProblem(draft, name)}
          onAdd={(key) => setDraft((d) => ({ ...d, fields: [...d.fields, { key, value: '' }] }))}
        />

        {(problem || saveError) && (
          <p className="field-error" role="alert">
            {saveError ?? problem}
          </p>
        )}

        <div className="metadata-foot">
          <button type="button" className="btn" onClick={onClose} disabled={saving}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={saving || Boolean(problem)}>
            {saving ? 'Saving…' : 'Save'}
          </button>
        </div>
      </form>
    </dialog>
  );
}
