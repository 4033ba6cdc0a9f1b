import type { Coder } from '../../shared/api/coder.ts';
import type { ProjectSummary } from '../../shared/api/project.ts';
import { useProjectData } from '../state/use-project-data.ts';
import { useView, VIEW_LABELS } from '../state/view.ts';
import { AgreementDashboard } from '../features/agreement/index.ts';
import { AppHeader } from './app-header.tsx';
import { ConsensusBuilder } from '../features/consensus/index.ts';
import { DisagreementReview } from '../features/review/index.ts';
import { ErrorBanner } from './error-banner.tsx';
import { ProjectSettingsView } from '../features/settings/index.ts';
import { TrainerView } from '../features/training/index.ts';

interface Props {
  project: ProjectSummary;
  coder: Coder;
  refreshSeq: number;
  onSwitchCoder: () => void;
  onCloseProject: () => Promise<void>;
  onShowShortcuts: () => void;
}

/** Every view but Coding: agreement, review, consensus, training and project settings. */
export function ProjectViews({ project, coder, refreshSeq, onSwitchCoder, onCloseProject, onShowShortcuts }: Props) {
  const view = useView();
  const { data, error, reload } = useProjectData(refreshSeq);

  let body;
  if (error) {
    body = (
      <div className="inline-error" role="alert">
        {error}
      </div>
    );
  } else if (!data) {
    body = <p className="muted pad">Loading…</p>;
  } else {
    const common = { project, coder, data, reload };
    switch (view) {
      case 'agreement':
        body = <AgreementDashboard {...common} />;
        break;
      case 'review':
        body = <DisagreementReview {...common} />;
        break;
      case 'consensus':
        body = <ConsensusBuilder {...common} />;
        break;
      case 'training':
        body = <TrainerView {...common} />;
        break;
      default:
        body = <ProjectSettingsView {...common} />;
    }
  }

  return (
    <div className="workspace mc-screen">
      <AppHeader
        project={project}
        coder={coder}
        onSwitchCoder={onSwitchCoder}
        onCloseProject={() => void onCloseProject()}
        onShowShortcuts={onShowShortcuts}
      />
      <ErrorBanner />
      <main className="mc-body" role="tabpanel" aria-label={VIEW_LABELS[view]}>
        {body}
      </main>
    </div>
  );
}
