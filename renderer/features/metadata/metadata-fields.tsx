import { useState } from 'react';
import type { ImportMetadata } from '../../../shared/api/transcript.ts';
import { partialIsoDate } from '../../../shared/transcript/metadata.ts';

interface Props {
  title: string;
  metadata: ImportMetadata;
  hiddenFields: readonly string[];
  disabled: boolean;
  onTitle: (title: string) => void;
  onChange: (next: ImportMetadata) => void;
}

export function dateProblem(value: string | undefined): string | null {
  if (!value) return null;
  return partialIsoDate.safeParse(value).success ? null : 'Write the date as YYYY, YYYY-MM or YYYY-MM-DD.';
}

/** Participant code, date, interviewer and the lab's free fields; fields the lab hides from coders are marked. */
export function MetadataFields({ title, metadata, hiddenFields, disabled, onTitle, onChange }: Props) {
  const [newField, setNewField] = useState('');
  const hidden = new Set(hiddenFields.map((f) => f.toLowerCase()));
  const hiddenTag = (name: string) =>
    hidden.has(name.toLowerCase()) ? (
      <span className="hidden-tag" title="The lab hides this field from coders">
        hidden from coders
      </span>
    ) : null;
  const fields = Object.entries(metadata.fields ?? {});
  const setField = (key: string, value: string) =>
    onChange({ ...metadata, fields: { ...metadata.fields, [key]: value } });
  const dateError = dateProblem(metadata.interviewDate);

  return (
    <div className="metadata-grid">
      <label className="meta-field meta-field--wide">
        <span className="field-label">Title</span>
        <input
          className="input input-small"
          value={title}
          disabled={disabled}
          onChange={(e) => onTitle(e.target.value)}
        />
      </label>
      <label className="meta-field">
        <span className="field-label">Participant code {hiddenTag('participantCode')}</span>
        <input
          className="input input-small mono"
          value={metadata.participantCode ?? ''}
          placeholder="SYN-0001"
          disabled={disabled}
          onChange={(e) => onChange({ ...metadata, participantCode: e.target.value })}
        />
      </label>
      <label className="meta-field">
        <span className="field-label">Interview date {hiddenTag('interviewDate')}</span>
        <input
          className="input input-small mono"
          value={metadata.interviewDate ?? ''}
          placeholder="YYYY-MM-DD"
          aria-invalid={dateError ? 'true' : undefined}
          disabled={disabled}
          onChange={(e) => onChange({ ...metadata, interviewDate: e.target.value.trim() })}
        />
        {dateError && <span className="meta-error">{dateError}</span>}
      </label>
      <label className="meta-field">
        <span className="field-label">Interviewer {hiddenTag('interviewer')}</span>
        <input
          className="input input-small"
          value={metadata.interviewer ?? ''}
          disabled={disabled}
          onChange={(e) => onChange({ ...metadata, interviewer: e.target.value })}
        />
      </label>
      {fields.map(([key, value]) => (
        <label className="meta-field" key={key}>
          <span className="field-label">
            {key} {hiddenTag(key)}
          </span>
          <span className="field-row">
            <input
              className="input input-small"
              value={value}
              disabled={disabled}
              onChange={(e) => setField(key, e.target.value)}
            />
            <button
              type="button"
              className="btn btn-quiet btn-small"
              aria-label={`Remove field ${key}`}
              disabled={disabled}
              onClick={() => onChange({ ...metadata, fields: Object.fromEntries(fields.filter(([k]) => k !== key)) })}
            >
              ✕
            </button>
          </span>
        </label>
      ))}
      <form
        className="meta-field meta-add"
        onSubmit={(e) => {
          e.preventDefault();
          const name = newField.trim();
          if (!name || name in (metadata.fields ?? {})) return;
          setField(name, '');
          setNewField('');
        }}
      >
        <span className="field-label">Another field</span>
        <span className="field-row">
          <input
            className="input input-small"
            placeholder="e.g. Wave"
            aria-label="New field name"
            value={newField}
            disabled={disabled}
            onChange={(e) => setNewField(e.target.value)}
          />
          <button type="submit" className="btn btn-small" disabled={disabled || !newField.trim()}>
            Add
          </button>
        </span>
      </form>
    </div>
  );
}
