import { useProjectData } from '../state/use-project-data.ts';
import { useView, VIEW_LABELS } from '../state/view.ts';
import { AgreementDashboard } from '../features/agreement/index.ts';
import { ConsensusBuilder } from '../features/consensus/index.ts';
import { DisagreementReview } from '../features/review/index.ts';
import { SegmentsView } from '../features/segments/index.ts';
import { ProjectSettingsView } from '../features/settings/index.ts';
import { StudyView } from '../features/study/index.ts';
import { TrainerView } from '../features/training/index.ts';
import { ProjectFrame, type ProjectSession } from './project-frame.tsx';

/** Every view but Coding: segments, study, agreement, review, consensus, training and project settings. */
export function ProjectViews({ session }: { session: ProjectSession }) {
  const { project, coder } = session;
  const view = useView();
  const { data, error, reload } = useProjectData(session.refreshSeq);

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
      case 'segments':
        body = <SegmentsView {...common} />;
        break;
      case 'study':
        body = <StudyView {...common} />;
        break;
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
    <ProjectFrame session={session} className="workspace mc-screen">
      <main className="mc-body" role="tabpanel" aria-label={VIEW_LABELS[view]}>
        {body}
      </main>
    </ProjectFrame>
  );
}
