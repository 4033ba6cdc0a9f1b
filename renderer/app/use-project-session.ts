import { useCallback, useEffect, useRef, useState } from 'react';
import type { Coder } from '../../shared/api/coder.ts';
import type { ProjectSummary } from '../../shared/api/project.ts';
import { errorMessage, send } from '../api/client.ts';
import { rememberCoder, rememberedCoderId } from '../state/coder-memory.ts';
import { resetSaveStatus } from '../state/save-status.ts';
import { clearUndo } from '../state/undo-stack.ts';

export type Phase =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'start'; focus: 'create' | 'open'; returnTo: ProjectSummary | null; encrypted?: string }
  | { kind: 'coder'; project: ProjectSummary; coders: Coder[] }
  | { kind: 'views'; project: ProjectSummary; coder: Coder };

/**
 * Screen flow: start (no project) → coder picker → the project's views (coding, agreement, review…).
 * The undo history belongs to one project and one coder: it is forgotten when another project or
 * coder takes over and when the project closes, so Ctrl+Z never acts on data no longer shown.
 */
export function useProjectSession() {
  const [phase, setPhaseState] = useState<Phase>({ kind: 'loading' });
  // The phase as last set, for handlers that awaited something: their render's `phase` may be gone by then
  // (a close's own change notice, answered after the start screen was up, took the focus from its Open field).
  const current = useRef<Phase>(phase);
  const setPhase = useCallback((next: Phase) => {
    current.current = next;
    setPhaseState(next);
  }, []);
  const currentPhase = useCallback(() => current.current, []);
  // The project file and coder whose coding the undo history holds (null: none).
  const historyOwner = useRef<string | null>(null);

  /** The host judges blind mode and trainer keys from the acting coder, so it is told first. */
  const enterViews = useCallback(
    async (project: ProjectSummary, coder: Coder) => {
      await send('session-set-coder', { coderId: coder.id });
      rememberCoder(project.path, coder.id);
      const owner = `${project.path}\u0000${coder.id}`;
      if (historyOwner.current !== owner) clearUndo();
      historyOwner.current = owner;
      setPhase({ kind: 'views', project, coder });
    },
    [setPhase],
  );

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
    [enterViews, setPhase],
  );

  const load = useCallback(async () => {
    try {
      const project = await send('project-get-current', {});
      if (project) await enterProject(project);
      else setPhase({ kind: 'start', focus: 'create', returnTo: null });
    } catch (e) {
      setPhase({ kind: 'failed', message: errorMessage(e) });
    }
  }, [enterProject, setPhase]);

  useEffect(() => {
    void load();
  }, [load]);

  const closeProject = useCallback(async () => {
    await send('project-close', {});
    clearUndo();
    historyOwner.current = null;
    setPhase({ kind: 'start', focus: 'open', returnTo: null });
  }, [setPhase]);

  const switchCoder = useCallback(
    async (project: ProjectSummary) => {
      const coders = await send('coder-list', {});
      setPhase({ kind: 'coder', project, coders });
    },
    [setPhase],
  );

  return { phase, currentPhase, setPhase, enterViews, enterProject, load, closeProject, switchCoder };
}

export type ProjectSessionState = ReturnType<typeof useProjectSession>;
