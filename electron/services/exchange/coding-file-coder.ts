import type { CoderRole } from '../../../shared/api/coder.ts';
import type { CodingFile } from '../../../shared/api/coding.ts';
import { checkCoderName, nameSkeleton } from '../../../shared/text/coder-name.ts';
import type { ProjectStore } from '../project-store.ts';

/**
 * Whose coding a file holds. A file is bound to the coder who exported it: their id, and a name that
 * looks like theirs. A file naming another coder's id, or another coder's name under a new id, would
 * replace that coder's work, so it is refused. A file never grants a role: a coder it adds is a coder
 * (or a trainee, when the file says so); leads and trainers are made in the project.
 */
export type FileCoder =
  | { kind: 'existing'; id: string; name: string }
  | { kind: 'new'; id: string; name: string; role: CoderRole; claimedRole: CoderRole };

const short = (id: string) => (id.length > 12 ? `${id.slice(0, 8)}…` : id);

export function resolveFileCoder(store: ProjectStore, c: CodingFile['coder'], problems: string[]): FileCoder | null {
  const checked = checkCoderName(c.name);
  if (!checked.ok) {
    problems.push(`the file's coder "${c.name}": ${checked.problem}`);
    return null;
  }
  const name = checked.name;
  const all = store.listCoders();
  const byId = all.find((x) => x.id === c.id);
  const alike = all.find((x) => nameSkeleton(x.name) === nameSkeleton(name));
  if (byId) {
    if (nameSkeleton(byId.name) === nameSkeleton(name)) return { kind: 'existing', id: byId.id, name: byId.name };
    problems.push(
      `the file's coder "${name}" carries the id of this project's coder "${byId.name}" (${short(byId.id)}); a coding file can only bring in the work of the coder who exported it`,
    );
    return null;
  }
  if (alike) {
    problems.push(
      `the file's coder "${name}" (${short(c.id)}) is not this project's coder "${alike.name}" (${short(alike.id)}), though the names look alike; importing would replace "${alike.name}"'s coding. Ask "${name}" to export from a copy of this project, or to use a name of their own`,
    );
    return null;
  }
  const role: CoderRole = c.role === 'trainee' ? 'trainee' : 'coder';
  return { kind: 'new', id: c.id, name, role, claimedRole: c.role };
}

/** A sentence for the report when the file asked for a role it was not given. */
export function roleWarning(c: FileCoder): string | null {
  // Every project's first coder is its lead, so a coder's file from their own project names them lead: saying so
  // on every import would be noise. A claimed trainer role is worth a sentence.
  if (c.kind !== 'new' || c.claimedRole === c.role || c.claimedRole === 'lead') return null;
  return `The file names ${c.name} as ${c.claimedRole}; a file never gives a role, so ${c.name} was added as a ${c.role}. A lead can change roles in Project settings.`;
}
