import type { AssignableRole, Coder } from '../../../shared/api/coder.ts';
import { ROLE_LABELS } from './role-labels.ts';

export const ASSIGNABLE_ROLES: AssignableRole[] = ['coder', 'lead', 'trainer', 'trainee'];

interface Props {
  coder: Coder;
  /** The acting coder is a lead: the role is a list to change it from (the consensus record's is fixed). */
  editable: boolean;
  onChange: (role: AssignableRole) => void;
}

/** A coder's role in the coders table: a pill, or for a lead a list that changes it. */
export function RoleCell({ coder: c, editable, onChange }: Props) {
  if (!editable || c.role === 'consensus')
    return <span className={`role-pill role-pill--${c.role}`}>{ROLE_LABELS[c.role] ?? c.role}</span>;
  return (
    <select
      className="input input-role"
      aria-label={`Role of ${c.name}`}
      value={c.role}
      onChange={(e) => onChange(e.target.value as AssignableRole)}
    >
      {ASSIGNABLE_ROLES.map((r) => (
        <option key={r} value={r}>
          {ROLE_LABELS[r]}
        </option>
      ))}
    </select>
  );
}
