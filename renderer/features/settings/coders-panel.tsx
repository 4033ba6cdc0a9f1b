import { useId, useState, type FormEvent } from 'react';
import type { AssignableRole, Coder, CoderRole } from '../../../shared/api/coder.ts';
import { fieldErrorMessage, send } from '../../api/client.ts';
import { isPrivilegedRole, mayGrantRole } from '../../../shared/api/coder.ts';
import { ROLE_LABELS } from './role-labels.ts';
import { RoleChanges } from './role-changes.tsx';
import { ASSIGNABLE_ROLES, RoleCell } from './role-cell.tsx';
import { trackWrite } from '../../state/save-status.ts';

interface Props {
  coder: Coder;
  coders: Coder[];
  onAdded: () => Promise<void>;
}

/**
 * The project's coders with their roles. A lead changes anyone's role here (recorded below) and adds
 * coders with any role; a trainer adds coders and trainees; the others read.
 */
export function CodersPanel({ coder, coders, onAdded }: Props) {
  const [name, setName] = useState('');
  const [role, setRole] = useState<CoderRole>('coder');
  const [error, setError] = useState<string | null>(null);
  const ids = { name: useId(), role: useId() };
  const hasLead = coders.some((c) => c.role === 'lead');
  const canAdd = isPrivilegedRole(coder.role);
  const isLead = coder.role === 'lead';
  const grantable = ASSIGNABLE_ROLES.filter((r) => mayGrantRole(coder.role, r));

  const changeRole = async (c: Coder, next: AssignableRole) => {
    setError(null);
    try {
      // A refused change (the last lead) is said beside the table; nothing failed to save.
      await trackWrite(`Changing ${c.name}’s role`, send('coder-set-role', { coderId: c.id, role: next }), {
        refusalShownInPlace: true,
      });
      await onAdded();
    } catch (err) {
      setError(fieldErrorMessage(err));
    }
  };

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
                <RoleCell coder={c} editable={isLead} onChange={(r) => void changeRole(c, r)} />
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
            {grantable.map((r) => (
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
          Roles are changed by a lead. Coders are added by a lead or trainer (or with “Add coder” on the “Who is
          coding?” screen).
        </p>
      )}
      {!hasLead && (
        <p className="muted small">
          This project has no lead yet. A lead changes settings and roles, reveals blind coding and imports other
          coders’ files.
        </p>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <RoleChanges version={coders.map((c) => `${c.id}:${c.role}`).join()} />
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
