import { migration001 } from './001-initial.ts';
import { migration002 } from './002-event-origin.ts';
import { migration003 } from './003-audit-log.ts';
import { migration004 } from './004-study-plan.ts';
import { migration005 } from './005-withdrawal-training.ts';
import { migration006 } from './006-agreement-reads.ts';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Listed statically, in order; each version is one more than the last (index.test.ts checks). */
export const MIGRATIONS: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
];

/** What this build writes; a file with a higher user_version is refused. */
export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
