import { agreementHandlers } from './agreement.ts';
import { annotationHandlers } from './annotation.ts';
import { appHandlers } from './app.ts';
import { auditHandlers } from './audit.ts';
import { classificationHandlers } from './classification.ts';
import { codebookHandlers } from './codebook.ts';
import { coderHandlers } from './coder.ts';
import { codingHandlers } from './coding.ts';
import { consensusHandlers } from './consensus.ts';
import { datasetHandlers } from './dataset.ts';
import { eventHandlers } from './event.ts';
import { filesHandlers } from './files.ts';
import { memoHandlers } from './memo.ts';
import { packageHandlers } from './package.ts';
import { prefsHandlers } from './prefs.ts';
import { projectHandlers } from './project.ts';
import { qdaHandlers } from './qda.ts';
import { ratingHandlers } from './rating.ts';
import { reportHandlers } from './report.ts';
import { sectionHandlers } from './section.ts';
import { segmentHandlers } from './segment.ts';
import { sessionHandlers } from './session.ts';
import { settingsHandlers } from './settings.ts';
import { statusHandlers } from './status.ts';
import { studyHandlers } from './study.ts';
import { trainingHandlers } from './training.ts';
import { transcriptHandlers } from './transcript.ts';
import type { Handlers } from './types.ts';

/** Every domain's handlers; the type makes a missing or misspelt method a compile error. */
export const handlers: Handlers = {
  ...projectHandlers,
  ...coderHandlers,
  ...sessionHandlers,
  ...settingsHandlers,
  ...trainingHandlers,
  ...transcriptHandlers,
  ...sectionHandlers,
  ...codebookHandlers,
  ...annotationHandlers,
  ...segmentHandlers,
  ...ratingHandlers,
  ...classificationHandlers,
  ...eventHandlers,
  ...memoHandlers,
  ...statusHandlers,
  ...codingHandlers,
  ...qdaHandlers,
  ...agreementHandlers,
  ...datasetHandlers,
  ...reportHandlers,
  ...consensusHandlers,
  ...appHandlers,
  ...auditHandlers,
  ...studyHandlers,
  ...packageHandlers,
  ...filesHandlers,
  ...prefsHandlers,
};

export type { Handler, Handlers } from './types.ts';
