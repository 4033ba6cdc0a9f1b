import { useId } from 'react';
import { passphraseStrength } from './passphrase-strength.ts';

interface Props {
  passphrase: string;
  confirm: string;
  onChange: (next: { passphrase: string; confirm: string }) => void;
  disabled?: boolean;
}

/** The passphrase must be typed twice alike before anything is encrypted with it. */
export function passphraseProblem(passphrase: string, confirm: string): string | null {
  if (passphrase.trim() === '') return 'Enter a passphrase, or choose not to encrypt.';
  if (passphrase !== confirm) return 'The two passphrases differ: type the same passphrase twice.';
  return null;
}

/** A new passphrase, its confirmation and a strength hint. The value never leaves the form except to the host. */
export function PassphraseFields({ passphrase, confirm, onChange, disabled }: Props) {
  const ids = { p: useId(), c: useId(), hint: useId() };
  const strength = passphraseStrength(passphrase);
  const mismatch = confirm !== '' && confirm !== passphrase;
  return (
    <div className="passphrase-fields">
      <label className="field-label" htmlFor={ids.p}>
        Passphrase
      </label>
      <input
        id={ids.p}
        className="input"
        type="password"
        autoComplete="new-password"
        value={passphrase}
        disabled={disabled}
        aria-describedby={ids.hint}
        onChange={(e) => onChange({ passphrase: e.target.value, confirm })}
      />
      <p id={ids.hint} className={`small passphrase-hint passphrase-hint--${strength.level}`} aria-live="polite">
        {strength.hint}
      </p>
      <label className="field-label" htmlFor={ids.c}>
        Type it again
      </label>
      <input
        id={ids.c}
        className="input"
        type="password"
        autoComplete="new-password"
        value={confirm}
        disabled={disabled}
        aria-invalid={mismatch}
        onChange={(e) => onChange({ passphrase, confirm: e.target.value })}
      />
      {mismatch && <p className="field-error small">The two passphrases differ.</p>}
    </div>
  );
}
