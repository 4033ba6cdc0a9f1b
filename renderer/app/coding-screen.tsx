import { useCallback, useState } from 'react';
import type { MenuCommand } from '../../shared/api/app.ts';
import { isPrivilegedRole } from '../../shared/api/coder.ts';
import { CodebookEditor } from '../features/codebook/index.ts';
import { CodingView } from '../features/coding/index.ts';
import { ProjectFrame, type ProjectSession } from './project-frame.tsx';

interface Props {
  session: ProjectSession;
  menuCommand: { command: MenuCommand; seq: number } | null;
}

/** The Coding view under the app header, whose Codebook button (and the palette) opens the codebook editor over it. */
export function CodingScreen({ session, menuCommand }: Props) {
  const [codebookOpen, setCodebookOpen] = useState(false);
  const openCodebook = useCallback(() => setCodebookOpen(true), []);
  return (
    <ProjectFrame session={session} className="workspace" onOpenCodebook={openCodebook}>
      <CodingView
        project={session.project}
        coder={session.coder}
        refreshSeq={session.refreshSeq}
        menuCommand={menuCommand}
        onOpenCodebook={openCodebook}
        onShowShortcuts={session.onShowShortcuts}
      />
      {codebookOpen && (
        <CodebookEditor
          onClose={() => setCodebookOpen(false)}
          readOnlyReason={
            isPrivilegedRole(session.coder.role)
              ? null
              : `Read-only for you (${session.coder.role}): a lead or trainer saves codebook versions. You can look and export.`
          }
        />
      )}
    </ProjectFrame>
  );
}
