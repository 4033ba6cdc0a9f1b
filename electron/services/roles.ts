import { mayGrantRole, type Coder, type CoderRole } from '../../shared/api/coder.ts';
import type { Access } from './access.ts';
import { recordAudit } from './audit.ts';
import * as coders from './db/tables/coders.ts';
import type { ProjectStore } from './project-store.ts';
import { ServiceError } from './service-error.ts';

/**
 * Who holds which role. A project's first coder is its lead; after that only a lead gives the lead and
 * trainer roles or changes anyone's role, every change is recorded in the audit log, and the project
 * always keeps a lead (so someone can always reveal, change settings and roles).
 */

const isRater = (c: Coder) => c.role !== 'consensus';

/** The role `coder-create` gives, or a refusal. */
export function roleForNewCoder(store: ProjectStore, access: Access, asked: CoderRole | undefined): CoderRole {
  const existing = store.listCoders().filter(isRater);
  if (asked === 'consensus') {
    if (access.coder) access.assertPrivileged('creating a consensus record');
    return asked;
  }
  if (existing.length === 0) {
    if (asked && asked !== 'lead')
      throw new ServiceError(
        'validation',
        `a project's first coder is its lead: add the lead first (the role "${asked}" comes after)`,
      );
    return 'lead';
  }
  const role = asked ?? 'coder';
  if (!mayGrantRole(access.coder?.role, role))
    throw new ServiceError(
      'refused',
      access.coder
        ? `only a lead adds a ${role}; you are coding as ${access.coder.name} (${access.coder.role})`
        : `adding a ${role} needs a lead as the acting coder`,
    );
  return role;
}

/** Change `coderId`'s role as the acting lead, recorded in the audit log (no-op when unchanged). */
export function setCoderRole(store: ProjectStore, access: Access, coderId: string, role: CoderRole): Coder {
  const acting = access.coder;
  if (acting?.role !== 'lead')
    throw new ServiceError(
      'refused',
      acting
        ? `only a lead changes roles; you are coding as ${acting.name} (${acting.role})`
        : 'changing a role needs a lead as the acting coder',
    );
  return applyRole(store, acting.id, coderId, role, {});
}

/**
 * The command line holds the file and has no coder identity: it changes a role under the same rules
 * (the project keeps a lead, the consensus record has none), recorded with no acting coder.
 */
export function setCoderRoleFromCommandLine(store: ProjectStore, coderId: string, role: CoderRole): Coder {
  return applyRole(store, null, coderId, role, { via: 'command line' });
}

function applyRole(
  store: ProjectStore,
  actorId: string | null,
  coderId: string,
  role: CoderRole,
  extra: Record<string, string>,
): Coder {
  return store.db.transaction(() => {
    const all = store.listCoders();
    const coder = all.find((c) => c.id === coderId);
    if (!coder) throw new ServiceError('not-found', `no coder with id ${coderId}`);
    if (coder.role === 'consensus')
      throw new ServiceError('validation', 'the consensus record is not a coder: its role cannot change');
    if (role === 'consensus') throw new ServiceError('validation', 'the consensus role is not given: it is a record');
    if (coder.role === role) return coder;
    if (coder.role === 'lead' && !all.some((c) => c.role === 'lead' && c.id !== coderId))
      throw new ServiceError(
        'validation',
        `${coder.name} is the project's only lead: make another coder lead first, so the project keeps one`,
      );
    coders.updateCoderRole(store.db, { id: coderId, role });
    recordAudit(store.db, {
      action: 'role-changed',
      actorId,
      subjectId: coderId,
      detail: { from: coder.role, to: role, ...extra },
    });
    return { ...coder, role };
  });
}
