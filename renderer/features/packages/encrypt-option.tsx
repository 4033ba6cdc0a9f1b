import type { ReactNode } from 'react';
import { PassphraseFields } from './passphrase-fields.tsx';

interface Props {
  encrypt: boolean;
  onEncrypt: (on: boolean) => void;
  pass: { passphrase: string; confirm: string };
  onPass: (next: { passphrase: string; confirm: string }) => void;
  busy: boolean;
  label?: string;
  hint: ReactNode;
}

/** "Encrypt with a passphrase" and, when chosen, the passphrase typed twice with a strength hint. */
export function EncryptOption({
  encrypt,
  onEncrypt,
  pass,
  onPass,
  busy,
  label = 'Encrypt with a passphrase',
  hint,
}: Props) {
  return (
    <>
      <label className="switch-row">
        <input type="checkbox" checked={encrypt} onChange={(e) => onEncrypt(e.target.checked)} />
        <span>
          {label}
          <span className="small block muted">{hint}</span>
        </span>
      </label>
      {encrypt && <PassphraseFields {...pass} onChange={onPass} disabled={busy} />}
    </>
  );
}
