import type { ReactNode } from 'react';
import type { Coder } from '../../shared/api/coder.ts';
import type { ProjectSummary } from '../../shared/api/project.ts';
import { PackageBanner } from '../features/packages/index.ts';
import { AppHeader } from './app-header.tsx';
import { ExportCodingFromMenu } from '../features/settings/index.ts';
import { ErrorBanner } from './error-banner.tsx';

/** What every screen of an open project gets from the app: who codes which project, and the header's actions. */
export interface ProjectSession {
  project: ProjectSummary;
  coder: Coder;
  refreshSeq: number;
  onSwitchCoder: () => void;
  onCloseProject: () => Promise<void>;
  onShowShortcuts: () => void;
}

interface Props {
  session: ProjectSession;
  className: string;
  /** The Coding view's header button (Codebook). */
  onOpenCodebook?: () => void;
  children: ReactNode;
}

/** An open project's screen: the app header and the error banner above the view. */
export function ProjectFrame({ session, className, onOpenCodebook, children }: Props) {
  return (
    <div className={className}>
      <AppHeader
        project={session.project}
        coder={session.coder}
        onSwitchCoder={session.onSwitchCoder}
        onCloseProject={() => void session.onCloseProject()}
        onShowShortcuts={session.onShowShortcuts}
        onOpenCodebook={onOpenCodebook}
      />
      {session.project.notice && (
        // A thin strip on every view: invented data must never be taken for a lab's own.
        <p className="project-notice" role="note">
          <strong>{session.project.notice}</strong> Invented interviews and coding, rebuilt each time the demo is
          opened.
        </p>
      )}
      <PackageBanner projectPath={session.project.path} />
      <ErrorBanner />
      {children}
      <ExportCodingFromMenu coder={session.coder} />
    </div>
  );
}
