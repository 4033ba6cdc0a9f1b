import { lazy, Suspense, useEffect } from 'react';
import {
  agreementAheadKey,
  computeAgreementAhead,
  dropAgreementAhead,
  hasAgreementAhead,
} from '../state/agreement-ahead.ts';
import { useProjectData } from '../state/use-project-data.ts';
import { useView, VIEW_LABELS } from '../state/view.ts';
import { preloadable } from '../ui/preloadable.ts';
import { ProjectFrame, type ProjectSession } from './project-frame.tsx';

// Each view is its own chunk, loaded when first shown: the first screen (start or coding) loads only
// its own code, and opening a transcript does not wait for the dashboard's charts or the consensus builder.
const dashboard = preloadable(() => import('../features/agreement/index.ts').then((m) => m.AgreementDashboard));

/** Fetches the dashboard's chunk ahead (phase-screen.tsx, when the page is idle). */
export function preloadDashboard(): Promise<unknown> {
  return dashboard.preload();
}
const ConsensusBuilder = lazy(() =>
  import('../features/consensus/index.ts').then((m) => ({ default: m.ConsensusBuilder })),
);
const DisagreementReview = lazy(() =>
  import('../features/review/index.ts').then((m) => ({ default: m.DisagreementReview })),
);
const SegmentsView = lazy(() => import('../features/segments/index.ts').then((m) => ({ default: m.SegmentsView })));
const ProjectSettingsView = lazy(() =>
  import('../features/settings/index.ts').then((m) => ({ default: m.ProjectSettingsView })),
);
const TrainerView = lazy(() => import('../features/training/index.ts').then((m) => ({ default: m.TrainerView })));

const StudyView = lazy(() => import('../features/study/index.ts').then((m) => ({ default: m.StudyView })));

/** Every view but Coding: segments, study, agreement, review, consensus, training and project settings. */
export function ProjectViews({ session }: { session: ProjectSession }) {
  const { project, coder } = session;
  const view = useView();
  // Opened on Agreement: its first figures are asked now (unless the tab's choice asked them a moment ago),
  // beside the lists below; the dashboard takes them.
  useEffect(() => {
    const key = agreementAheadKey(project.path, coder.id);
    if (view !== 'agreement') dropAgreementAhead();
    else if (!hasAgreementAhead(key)) computeAgreementAhead(key);
    // Only as the views open: a later switch to Agreement finds the lists read already.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
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
      case 'agreement': {
        const AgreementDashboard = dashboard.type();
        body = <AgreementDashboard {...common} />;
        break;
      }
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
        <Suspense fallback={<p className="muted pad">Loading…</p>}>{body}</Suspense>
      </main>
    </ProjectFrame>
  );
}
