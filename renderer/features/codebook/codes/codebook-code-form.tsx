import { useId, type KeyboardEvent } from 'react';
import type { Code, Codebook } from '../../../../shared/codebook/codebook-schema.ts';
import { moveCode, regroupCode, updateCode } from '../draft/codes.ts';
import { hotkeyProblem } from '../draft/hotkeys.ts';
import { CodebookLabelField } from '../fields/codebook-label-field.tsx';
import { CodebookDescriptionField } from '../fields/codebook-description-field.tsx';
import { CodebookColourPicker } from './codebook-colour-picker.tsx';
import { CodebookIdLine } from '../fields/codebook-id-line.tsx';
import { CodebookMoveButtons } from '../fields/codebook-move-buttons.tsx';

interface Props {
  draft: Codebook;
  code: Code;
  /** Used by saved codings: its id stays fixed (codings refer to it). */
  saved: boolean;
  onChange: (next: Codebook) => void;
  /** Keys the app itself uses (see reservedKeys). */
  reserved: Record<string, string>;
}

/** Everything about one code: label, group, colour, hotkey, description, order and archiving. */
export function CodebookCodeForm({ draft, code, saved, onChange, reserved }: Props) {
  const id = useId();
  const keyProblem = code.hotkey && !code.archived ? hotkeyProblem(draft.codes, code.id, code.hotkey, reserved) : null;
  const set = (patch: Partial<Code>) => onChange(updateCode(draft, code.id, patch));
  const inGroup = draft.codes.filter((c) => c.group === code.group);
  // Press the key itself: the field takes exactly that key (Backspace/Delete clears it).
  const onHotkeyKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Backspace' || e.key === 'Delete') {
      e.preventDefault();
      set({ hotkey: null });
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      set({ hotkey: e.key.toLowerCase() });
    }
  };

  return (
    <form className="cb-form" aria-label={`Code: ${code.label || code.id}`} onSubmit={(e) => e.preventDefault()}>
      <div className="cb-form-head">
        <span className="swatch swatch-large" style={{ backgroundColor: code.color }} aria-hidden="true" />
        <h3 className="cb-form-title">{code.label || 'Untitled code'}</h3>
        {code.archived && <span className="cp-tag cp-tag-muted">Archived</span>}
      </div>
      <CodebookIdLine
        id={code.id}
        fixedBecause="highlights refer to it"
        newText={saved ? null : 'New code: its id is made from the label when you save.'}
      />

      <CodebookLabelField id={id} value={code.label} onChange={(label) => set({ label })} />

      <div className="cb-form-row">
        <div>
          <label className="field-label" htmlFor={`${id}-group`}>
            Group
          </label>
          <select
            id={`${id}-group`}
            className="input"
            value={code.group}
            onChange={(e) => onChange(regroupCode(draft, code.id, e.target.value))}
          >
            {draft.groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.label || g.id}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label className="field-label" htmlFor={`${id}-key`}>
            Hotkey
          </label>
          <input
            id={`${id}-key`}
            className="input cb-key-input"
            value={code.hotkey ?? ''}
            maxLength={2}
            placeholder="none"
            aria-invalid={keyProblem ? true : undefined}
            aria-describedby={`${id}-key-help`}
            onKeyDown={onHotkeyKey}
            onChange={(e) => set({ hotkey: e.target.value.slice(-1).toLowerCase() || null })}
          />
        </div>
      </div>
      <p
        id={`${id}-key-help`}
        className={keyProblem ? 'field-error' : 'muted small cb-help'}
        role={keyProblem ? 'alert' : undefined}
      >
        {keyProblem ??
          'Press one key (a letter, digit or symbol) to tag a selection with this code; Backspace removes it.'}
      </p>

      <CodebookColourPicker id={id} value={code.color} onChange={(color) => set({ color })} />

      <CodebookDescriptionField
        id={id}
        value={code.description}
        placeholder="When to use this code (shown as a tooltip in the code list)"
        onChange={(description) => set({ description })}
      />

      <label className="check-row">
        <input type="checkbox" checked={code.eventLinked} onChange={(e) => set({ eventLinked: e.target.checked })} />
        Linked to a loss or trauma event (unresolved indicators)
      </label>

      <div className="cb-form-actions">
        <CodebookMoveButtons
          position={inGroup.findIndex((c) => c.id === code.id)}
          count={inGroup.length}
          onMove={(delta) => onChange(moveCode(draft, code.id, delta))}
        />
        <span className="cb-spacer" />
        <button
          type="button"
          className={`btn btn-small${code.archived ? '' : ' danger-text'}`}
          onClick={() => set({ archived: !code.archived })}
        >
          {code.archived ? 'Unarchive' : 'Archive'}
        </button>
      </div>
      <p className="muted small cb-help">
        {code.archived
          ? 'Archived: still shown on existing highlights, but not offered for tagging and its hotkey is off.'
          : 'Archiving keeps existing highlights with this code; it is no longer offered for tagging.'}
      </p>
    </form>
  );
}
