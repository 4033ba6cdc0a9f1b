import { useMemo, useState } from 'react';
import type { Coder } from '../../../shared/api/coder.ts';
import { metadataRows } from './metadata-draft.ts';
import { canEditShared } from '../sections/index.ts';
import { useRegisterCommands, type Command } from '../../state/commands.ts';
import { useHiddenFields, useTranscriptMetadata } from './metadata-edits.ts';
import { MetadataEditor } from './metadata-editor.tsx';

interface Props {
  transcriptId: string;
  title: string;
  /** As transcript-get gave it: for a coder, hidden fields are already left out by the services. */
  metadata: Readonly<Record<string, string>>;
  coder: Coder | null;
  /** Moves when the coding view re-reads the project (e.g. after a settings change). */
  refreshSeq: number;
}

/** Shorter names for the chips under the title (the editor uses the full ones). */
const CHIP_LABEL: Record<string, string> = {
  participantCode: 'Participant',
  interviewDate: 'Interviewed',
  interviewer: 'Interviewer',
};

const EYE_OFF =
  'M2.3 1.3 1.2 2.4l2.3 2.3C2.2 5.7 1.2 6.9.6 8c1.3 2.6 4.1 5 7.4 5 1.2 0 2.4-.3 3.4-.9l2.3 2.3 1.1-1.1L2.3 1.3ZM8 11.5A3.5 3.5 0 0 1 4.6 7.2l1.2 1.2A2 2 0 0 0 7.6 10.2l1.2 1.2c-.3 0-.5.1-.8.1Zm0-8.5c3.3 0 6.1 2.4 7.4 5-.5 1-1.2 2-2.1 2.8L11.2 8.7A3.5 3.5 0 0 0 7.3 4.6L5.8 3.3C6.5 3.1 7.2 3 8 3Z';

/**
 * The open transcript's metadata under its title. Coders see what the services let them see
 * (hidden fields never reach them); leads and trainers also see hidden fields, marked, and edit them.
 */
export function TranscriptMetadata({ transcriptId, title, metadata, coder, refreshSeq }: Props) {
  const record = useTranscriptMetadata(transcriptId, metadata);
  const canEdit = canEditShared(coder);
  const hidden = useHiddenFields(canEdit ? `${refreshSeq}` : null);
  const [editing, setEditing] = useState(false);
  // A coder's metadata comes without hidden fields, so marking needs the list only for editors.
  const rows = metadataRows(record, canEdit ? (hidden ?? []) : []);
  const commands = useMemo<Command[]>(
    () =>
      canEdit
        ? [
            {
              id: 'transcript.edit-metadata',
              title: 'Edit the transcript’s metadata',
              group: 'Transcript',
              keywords: ['participant', 'interviewer', 'date', 'hidden', 'fields'],
              disabled: hidden === null,
              run: () => setEditing(true),
            },
          ]
        : [],
    [canEdit, hidden],
  );
  useRegisterCommands(commands);

  if (rows.length === 0 && !canEdit) return null;
  return (
    <div className="transcript-facts">
      {rows.length > 0 ? (
        <dl className="facts" aria-label="Transcript metadata">
          {rows.map((r) => (
            <div
              key={r.key}
              className={`fact${r.hidden ? ' fact--hidden' : ''}`}
              data-field={r.key}
              title={r.hidden ? `${r.label}: hidden from coders` : `${r.label}: ${r.value}`}
            >
              <dt>
                {r.hidden && (
                  <svg width="12" height="12" viewBox="0 0 16 16" aria-hidden="true" className="fact-icon">
                    <path d={EYE_OFF} fill="currentColor" />
                  </svg>
                )}
                {CHIP_LABEL[r.key] ?? r.label}
                {r.hidden && <span className="visually-hidden"> (hidden from coders)</span>}
              </dt>
              <dd>{r.value}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="facts-empty">No metadata.</p>
      )}
      {canEdit && (
        <button
          type="button"
          className="btn btn-quiet btn-small facts-edit"
          onClick={() => setEditing(true)}
          disabled={hidden === null}
        >
          Edit metadata
        </button>
      )}
      {editing && hidden && (
        <MetadataEditor
          transcriptId={transcriptId}
          title={title}
          record={record}
          hidden={hidden}
          onClose={() => setEditing(false)}
        />
      )}
    </div>
  );
}
