import type { SpeakerPattern } from '../../../../shared/transcript/turns.ts';
import { SpeakerDefaultsAction } from './speaker-defaults-action.tsx';
import { SpeakerLabelsEditor } from './speaker-labels-editor.tsx';

interface Props {
  patterns: SpeakerPattern[];
  /** The project's default labels, if any (what "save as default" compares with). */
  saved: SpeakerPattern[] | null;
  canSaveDefaults: boolean;
  disabled: boolean;
  onChange: (patterns: SpeakerPattern[]) => void;
}

/** The batch's speaker labels, and for a lead or trainer the action that keeps them as the project default. */
export function SpeakerLabelsOption({ patterns, saved, canSaveDefaults, disabled, onChange }: Props) {
  return (
    <section className="import-option" aria-label="Speaker labels">
      <h3 className="section-label">Speaker labels</h3>
      <p className="muted small">A line starting with one of these and a colon starts a turn.</p>
      <SpeakerLabelsEditor patterns={patterns} disabled={disabled} onChange={onChange} />
      {canSaveDefaults && <SpeakerDefaultsAction patterns={patterns} saved={saved} disabled={disabled} />}
    </section>
  );
}
