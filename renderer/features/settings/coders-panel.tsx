import { useId, useState, type FormEvent } from 'react';
import type { Coder, CoderRole } from '../../../shared/api/coder.ts';
import { fieldErrorMessage, send } from '../../api/client.ts';
import { isPrivilegedRole } from '../../../shared/api/coder.ts';
import { ROLE_LABELS } from './role-labels.ts';
import { trackWrite } from '../../state/save-status.ts';

interface Props {
  coder: Coder;
  coders: Coder[];
  onAdded: () => Promise<void>;
}

const ROLES: CoderRole[] = ['coder', 'lead', 'trainer', 'trainee'];

/** The project's coders with their roles; leads and trainers add coders with any role. */
export function CodersPanel({ coder, coders, onAdded }: Props) {
  const [name, setName] = useState('');
  const [role, setRole] = useState<CoderRole>('coder');
  const [error, setError] = useState<string | null>(null);
  const ids = { name: useId(), role: useId() };
  const hasLead = coders.some((c) => c.role === 'lead');
  // Without a lead nobody could ever change settings, so anyone may add the first one.
  const canAdd = isPrivilegedRole(coder.role) || !hasLead;

  const add = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return setError('Enter a name or initials.');
    setError(null);
    try {
      await trackWrite('Adding a coder', send('coder-create', { name: name.trim(), role }));
      setName('');
      await onAdded();
    } catch (err) {
      setError(fieldErrorMessage(err));
    }
  };

  return (
    <div className="coders-panel">
      <table className="data-table coders-table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Role</th>
            <th scope="col">Can</th>
          </tr>
        </thead>
        <tbody>
          {coders.map((c) => (
            <tr key={c.id} aria-current={c.id === coder.id ? 'true' : undefined}>
              <td>
                {c.name}
                {c.id === coder.id && <span className="you-tag">you</span>}
              </td>
              <td>
                <span className={`role-pill role-pill--${c.role}`}>{ROLE_LABELS[c.role] ?? c.role}</span>
              </td>
              <td className="muted small">{roleDescription(c.role)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {canAdd ? (
        <form className="add-coder" onSubmit={(e) => void add(e)} noValidate>
          <label className="visually-hidden" htmlFor={ids.name}>
            New coder’s name
          </label>
          <input
            id={ids.name}
            className="input"
            value={name}
            placeholder="New coder’s name"
            maxLength={80}
            onChange={(e) => setName(e.target.value)}
          />
          <label className="visually-hidden" htmlFor={ids.role}>
            Role
          </label>
          <select
            id={ids.role}
            className="input input-role"
            value={role}
            onChange={(e) => setRole(e.target.value as CoderRole)}
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
          <button type="submit" className="btn">
            Add coder
          </button>
        </form>
      ) : (
        <p className="muted small">
          Coders are added by a lead or trainer (or by choosing “Add coder” on the “Who is coding?” screen).
        </p>
      )}
      {!hasLead && (
        <p className="muted small">
          This project has no lead yet. A lead changes settings, reveals blind coding and imports other coders’ files.
        </p>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

function roleDescription(role: string): string {
  switch (role) {
    case 'lead':
      return 'settings, reveal, import coding, consensus, keys';
    case 'trainer':
      return 'settings, keys, consensus, trainee reports';
    case 'trainee':
      return 'codes; sees the key after submitting';
    case 'consensus':
      return 'the agreed coding (kept apart from independent codings)';
    default:
      return 'codes independently';
  }
}
