import type { CoderRole } from '../../shared/api/coder.ts';

interface Props {
  /** The project has no coder yet: the one added now is its lead. */
  firstCoder: boolean;
  role: CoderRole;
  onRole: (role: CoderRole) => void;
}

/**
 * The role of a coder added on the "Who is coding?" screen. A project's first coder is its lead; after
 * that anyone adds a coder or trainee, and a lead gives the lead and trainer roles in Project settings.
 */
export function NewCoderRole({ firstCoder, role, onRole }: Props) {
  if (firstCoder) return null;
  return (
    <select
      className="input input-role"
      aria-label="Role"
      value={role}
      onChange={(e) => onRole(e.target.value as CoderRole)}
    >
      <option value="coder">Coder</option>
      <option value="trainee">Trainee</option>
    </select>
  );
}
