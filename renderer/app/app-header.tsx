import type { Coder } from '../../shared/api/coder.ts';
import type { ProjectSummary } from '../../shared/api/project.ts';
import { AppMark } from '../ui/app-mark.tsx';
import { SaveIndicator } from './save-indicator.tsx';
import { ViewTabs } from './view-tabs.tsx';

interface Props {
  project: ProjectSummary;
  coder: Coder;
  onSwitchCoder: () => void;
  onCloseProject: () => void;
  onShowShortcuts: () => void;
  /** Opens the codebook editor. */
  onOpenCodebook?: () => void;
}

export function AppHeader({ project, coder, onSwitchCoder, onCloseProject, onShowShortcuts, onOpenCodebook }: Props) {
  return (
    <header className="app-header">
      <div className="app-header-left">
        <AppMark size={22} />
        <span className="app-name">Attune</span>
        <span className="header-sep" aria-hidden="true">
          /
        </span>
        <h1 className="project-name" title={project.path}>
          {project.name}
        </h1>
        {project.readOnly && (
          <span
            className="read-only-badge"
            data-testid="read-only-badge"
            title="The project file, its folder or its disk cannot be written: you can read and export, but changes are not saved. Copy the project to a folder you can write to."
          >
            Read-only
          </span>
        )}
      </div>
      <ViewTabs />
      <div className="app-header-right">
        <SaveIndicator />
        <button
          type="button"
          className="coder-chip"
          onClick={onSwitchCoder}
          aria-label={`Coding as ${coder.name}. Switch coder`}
          title="Switch coder"
        >
          <span className="avatar avatar-small" aria-hidden="true">
            {coder.name.trim().charAt(0).toUpperCase()}
          </span>
          <span className="coder-chip-name">{coder.name}</span>
        </button>
        {onOpenCodebook && (
          <button
            type="button"
            className="btn btn-quiet btn-small"
            onClick={onOpenCodebook}
            title="Edit, import or export the codebook"
          >
            Codebook
          </button>
        )}
        <button
          type="button"
          className="btn btn-quiet btn-small"
          onClick={onShowShortcuts}
          aria-label="Keyboard shortcuts"
          title="Keyboard shortcuts"
        >
          <span aria-hidden="true">⌨</span>
          <span className="header-btn-text"> Shortcuts</span>
        </button>
        <button
          type="button"
          className="btn btn-small header-close"
          onClick={onCloseProject}
          title="Close project"
          aria-label="Close project"
        >
          Close<span className="header-btn-text"> project</span>
        </button>
      </div>
    </header>
  );
}
