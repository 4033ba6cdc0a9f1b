import { z } from 'zod';
import type { Coder } from './coder.ts';
import { takes } from './method.ts';
import { emptyArgs, id } from './primitives.ts';
import type { ProjectSettings } from './settings.ts';

export interface SessionInfo {
  /** Who is coding in this window; blind mode and trainer keys are judged from this coder's view. */
  coder: Coder | null;
  settings: ProjectSettings;
}

export const sessionSetCoderArgs = z.object({ coderId: id.nullable() }).strict();

export const sessionApi = {
  'session-get': takes(emptyArgs).returns<SessionInfo>(),
  'session-set-coder': takes(sessionSetCoderArgs).returns<SessionInfo>(),
};
