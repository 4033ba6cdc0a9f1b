import { useEffect, useId, useRef, useState } from 'react';
import { CORE_METADATA_FIELDS } from '../../../shared/transcript/metadata.ts';
import { errorMessage } from '../../api/client.ts';
import {
  CORE_LABELS,
  draftProblem,
  isHidden,
  newFieldProblem,
  recordOf,
  toDraft,
  withHidden,
  type MetadataDraft,
} from './metadata-draft.ts';
import { saveMetadata } from './metadata-edits.ts';

interface Props {
  transcriptId: string;
  title: string;
  record: Readonly<Record<string, string>>;
  hidden: readonly string[];
  onClose: () => void;
}

const PLACEHOLDER: Record<string, string> = {
  participantCode: 'SYN-0001',
  interviewDate: 'YYYY-MM-DD',
  interviewer: 'INT-07',
};

/**
 * Edit one transcript's metadata (participant code, interview date, interviewer, free fields) and
 * which fields the project hides from coders. Saved together, as one undoable step.
 */
export function MetadataEditor({ transcriptId, title, record, hidden, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const [draft, setDraft] = useState<MetadataDraft>(() => toDraft(record));
  const [hide, setHide] = useState<string[]>(() => [...hidden]);
  const [newField, setNewField] = useState('');
  const [addError, setAddError] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const noteId = useId();

  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);

  const problem = draftProblem(draft);

  const save = async () => {
    if (problem) return;
    setSaving(true);
    setSaveError(null);
    try {
      await saveMetadata(transcriptId, { record, hidden }, { record: recordOf(draft), hidden: hide });
      onClose();
    } catch (e) {
      setSaveError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  const addField = () => {
    const why = newFieldProblem(draft, newField);
    setAddError(why);
    if (why) return;
    setDraft((d) => ({ ...d, fields: [...d.fields, { key: newField.trim(), value: '' }] }));
    setNewField('');
  };

  const hideToggle = (name: string, label: string) => (
    <label className="hide-toggle">
      <input
        type="checkbox"
        checked={isHidden(hide, name)}
        onChange={(e) => setHide((h) => withHidden(h, name, e.target.checked))}
        aria-describedby={noteId}
      />
      <span className="visually-hidden">Hide {label} from coders</span>
      <span aria-hidden="true" className="hide-toggle-text">
        Hidden from coders
      </span>
    </label>
  );

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
          void save();
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
            <div className={`meta-row${isHidden(hide, k) ? ' meta-row--hidden' : ''}`} key={k}>
              <label className="meta-row-name" htmlFor={`${noteId}-${k}`}>
                {CORE_LABELS[k]}
              </label>
              <input
                id={`${noteId}-${k}`}
                className={`input input-small${k === 'interviewer' ? '' : ' mono'}`}
                value={draft[k]}
                placeholder={PLACEHOLDER[k]}
                aria-invalid={k === 'interviewDate' && problem?.includes('date') ? 'true' : undefined}
                onChange={(e) => setDraft((d) => ({ ...d, [k]: e.target.value }))}
              />
              {hideToggle(k, CORE_LABELS[k])}
              <span />
            </div>
          ))}
          {draft.fields.map((f, i) => (
            <div className={`meta-row${isHidden(hide, f.key) ? ' meta-row--hidden' : ''}`} key={f.key}>
              <label className="meta-row-name" htmlFor={`${noteId}-f${i}`} title={f.key}>
                {f.key}
              </label>
              <input
                id={`${noteId}-f${i}`}
                className="input input-small"
                value={f.value}
                onChange={(e) =>
                  setDraft((d) => ({
                    ...d,
                    fields: d.fields.map((x, j) => (j === i ? { ...x, value: e.target.value } : x)),
                  }))
                }
              />
              {hideToggle(f.key, f.key)}
              <button
                type="button"
                className="icon-btn icon-btn--danger"
                aria-label={`Remove field ${f.key}`}
                title="Remove field"
                onClick={() => setDraft((d) => ({ ...d, fields: d.fields.filter((_, j) => j !== i) }))}
              >
                ✕
              </button>
            </div>
          ))}
        </div>

        <div className="meta-add-row">
          <input
            className="input input-small"
            placeholder="New field, e.g. group"
            aria-label="New field name"
            value={newField}
            aria-invalid={addError ? 'true' : undefined}
            onChange={(e) => {
              setNewField(e.target.value);
              setAddError(null);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                addField();
              }
            }}
          />
          <button type="button" className="btn btn-small" onClick={addField}>
            + Add field
          </button>
          {addError && <span className="meta-error">{addError}</span>}
        </div>

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
