import { migration001 } from './001-initial.ts';
import { migration002 } from './002-event-origin.ts';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Listed statically, in order; each version is one more than the last. */
export const MIGRATIONS: readonly Migration[] = [migration001, migration002];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
