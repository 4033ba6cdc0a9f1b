import type { CoreMetadataField } from '../../../shared/transcript/metadata.ts';
import { HideToggle } from './hide-toggle.tsx';
import { CORE_LABELS } from './metadata-draft.ts';

const PLACEHOLDER: Record<string, string> = {
  participantCode: 'SYN-0001',
  interviewDate: 'YYYY-MM-DD',
  interviewer: 'INT-07',
};

interface Props {
  field: CoreMetadataField;
  inputId: string;
  value: string;
  invalid: boolean;
  hidden: boolean;
  /** The note that explains what hiding means. */
  noteId: string;
  onChange: (value: string) => void;
  onHide: (hidden: boolean) => void;
}

/** One of the fields every transcript has (participant code, interview date, interviewer). */
export function CoreFieldRow({ field, inputId, value, invalid, hidden, noteId, onChange, onHide }: Props) {
  return (
    <div className={`meta-row${hidden ? ' meta-row--hidden' : ''}`}>
      <label className="meta-row-name" htmlFor={inputId}>
        {CORE_LABELS[field]}
      </label>
      <input
        id={inputId}
        className={`input input-small${field === 'interviewer' ? '' : ' mono'}`}
        value={value}
        placeholder={PLACEHOLDER[field]}
        aria-invalid={invalid ? 'true' : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      <HideToggle hidden={hidden} label={CORE_LABELS[field]} describedBy={noteId} onChange={onHide} />
      <span />
    </div>
  );
}
