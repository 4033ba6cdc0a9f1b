import { useCallback, useEffect, useState } from 'react';
import type { Coder } from '../../shared/api/coder.ts';
import type { ProjectSummary } from '../../shared/api/project.ts';
import { errorMessage, send } from '../api/client.ts';
import { rememberCoder, rememberedCoderId } from '../state/coder-memory.ts';
import { resetSaveStatus } from '../state/save-status.ts';

export type Phase =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'start'; focus: 'create' | 'open'; returnTo: ProjectSummary | null }
  | { kind: 'coder'; project: ProjectSummary; coders: Coder[] }
  | { kind: 'views'; project: ProjectSummary; coder: Coder };

/** Screen flow: start (no project) → coder picker → the project's views (coding, agreement, review…). */
export function useProjectSession() {
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });

  /** The host judges blind mode and trainer keys from the acting coder, so it is told first. */
  const enterViews = useCallback(async (project: ProjectSummary, coder: Coder) => {
    await send('session-set-coder', { coderId: coder.id });
    rememberCoder(project.path, coder.id);
    setPhase({ kind: 'views', project, coder });
  }, []);

  /** With a project open: go straight to its views if this browser remembers a coder that still exists. */
  const enterProject = useCallback(
    async (project: ProjectSummary) => {
      resetSaveStatus();
      const coders = await send('coder-list', {});
      const remembered = rememberedCoderId(project.path);
      const coder = coders.find((c) => c.id === remembered);
      if (coder) await enterViews(project, coder);
      else setPhase({ kind: 'coder', project, coders });
    },
    [enterViews],
  );

  const load = useCallback(async () => {
    try {
      const project = await send('project-get-current', {});
      if (project) await enterProject(project);
      else setPhase({ kind: 'start', focus: 'create', returnTo: null });
    } catch (e) {
      setPhase({ kind: 'failed', message: errorMessage(e) });
    }
  }, [enterProject]);

  useEffect(() => {
    void load();
  }, [load]);

  const closeProject = useCallback(async () => {
    await send('project-close', {});
    setPhase({ kind: 'start', focus: 'open', returnTo: null });
  }, []);

  const switchCoder = useCallback(async (project: ProjectSummary) => {
    const coders = await send('coder-list', {});
    setPhase({ kind: 'coder', project, coders });
  }, []);

  return { phase, setPhase, enterViews, enterProject, load, closeProject, switchCoder };
}

export type ProjectSessionState = ReturnType<typeof useProjectSession>;
