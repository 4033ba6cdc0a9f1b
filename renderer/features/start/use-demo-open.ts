import { useState } from 'react';
import type { ProjectSummary } from '../../../shared/api/project.ts';
import { fieldErrorMessage, send } from '../../api/client.ts';

/** Build and open the demo study: whether it is building, and why it failed if it did. */
export function useDemoOpen(onOpened: (project: ProjectSummary) => void, setBusy: (busy: boolean) => void) {
  const [building, setBuilding] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const open = async () => {
    setBusy(true);
    setBuilding(true);
    setError(null);
    try {
      onOpened(await send('project-open-demo', {}));
    } catch (e) {
      const msg = fieldErrorMessage(e);
      setError(msg.charAt(0).toUpperCase() + msg.slice(1));
    } finally {
      setBuilding(false);
      setBusy(false);
    }
  };
  return { building, error, open };
}
