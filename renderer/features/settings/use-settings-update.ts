import { useState } from 'react';
import type { ProjectSettings } from '../../../shared/api/settings.ts';
import { errorMessage, send } from '../../api/client.ts';
import { trackWrite } from '../../state/save-status.ts';

/** Save `patch` (named `what` in the save status), then reload the project's data; a refusal shows as `error`. */
export type SettingsUpdate = (patch: Partial<ProjectSettings>, what: string) => Promise<void>;

/** Changing project settings: each change is saved (the services check the role) and the project reloaded. */
export function useSettingsUpdate(reload: () => Promise<void>): { error: string | null; update: SettingsUpdate } {
  const [error, setError] = useState<string | null>(null);
  const update: SettingsUpdate = async (patch, what) => {
    setError(null);
    try {
      await trackWrite(what, send('settings-update', patch));
      await reload();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return { error, update };
}
