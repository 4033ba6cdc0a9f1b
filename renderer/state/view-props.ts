import type { Coder } from '../../shared/api/coder.ts';
import type { ProjectSummary } from '../../shared/api/project.ts';
import type { ProjectData } from './use-project-data.ts';

/** What every view but Coding receives from ProjectViews. */
export interface ViewProps {
  project: ProjectSummary;
  coder: Coder;
  data: ProjectData;
  reload: () => Promise<void>;
}
