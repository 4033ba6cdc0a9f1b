import type { z } from 'zod';
import { agreementApi } from './agreement.ts';
import { annotationApi } from './annotation.ts';
import { appApi } from './app.ts';
import { auditApi } from './audit.ts';
import { classificationApi } from './classification.ts';
import { codebookApi } from './codebook.ts';
import { coderApi } from './coder.ts';
import { codingApi } from './coding.ts';
import { consensusApi } from './consensus.ts';
import { datasetApi } from './dataset.ts';
import { eventApi } from './event.ts';
import { filesApi } from './files.ts';
import { memoApi } from './memo.ts';
import { prefsApi } from './prefs.ts';
import type { Method } from './method.ts';
import { packageApi } from './package.ts';
import { projectApi } from './project.ts';
import { qdaApi } from './qda.ts';
import { ratingApi } from './rating.ts';
import { reportApi } from './report.ts';
import { sectionApi } from './section.ts';
import { segmentApi } from './segment.ts';
import { sessionApi } from './session.ts';
import { settingsApi } from './settings.ts';
import { statusApi } from './status.ts';
import { studyApi } from './study.ts';
import { trainingApi } from './training.ts';
import { transcriptApi } from './transcript.ts';

export type * from './agreement.ts';
export type * from './annotation.ts';
export type * from './app.ts';
export type * from './audit.ts';
export type * from './classification.ts';
export type * from './codebook.ts';
export type * from './coder.ts';
export type * from './coding.ts';
export type * from './consensus.ts';
export type * from './dataset.ts';
export type * from './event.ts';
export type * from './files.ts';
export type * from './memo.ts';
export type * from './package.ts';
export type * from './prefs.ts';
export type * from './project.ts';
export type * from './qda.ts';
export type * from './rating.ts';
export type * from './report.ts';
export type * from './result.ts';
export type * from './section.ts';
export type * from './segment.ts';
export type * from './session.ts';
export type * from './settings.ts';
export type * from './status.ts';
export type * from './study.ts';
export type * from './training.ts';
export type * from './transcript.ts';
export type * from './withdrawal.ts';

/**
 * Every domain's methods, keyed by the domain: `shared/api/<domain>.ts` declares exactly the methods
 * named `<domain>-<verb>…` (a unit test holds every file to it).
 */
export const apiDomains = {
  project: projectApi,
  coder: coderApi,
  session: sessionApi,
  settings: settingsApi,
  training: trainingApi,
  transcript: transcriptApi,
  section: sectionApi,
  codebook: codebookApi,
  annotation: annotationApi,
  segment: segmentApi,
  rating: ratingApi,
  classification: classificationApi,
  event: eventApi,
  memo: memoApi,
  status: statusApi,
  coding: codingApi,
  qda: qdaApi,
  agreement: agreementApi,
  dataset: datasetApi,
  report: reportApi,
  consensus: consensusApi,
  app: appApi,
  audit: auditApi,
  study: studyApi,
  package: packageApi,
  files: filesApi,
  prefs: prefsApi,
};

/** The whole API: one method per `domain-verb`, each taking one object argument. */
export const api = {
  ...projectApi,
  ...coderApi,
  ...sessionApi,
  ...settingsApi,
  ...trainingApi,
  ...transcriptApi,
  ...sectionApi,
  ...codebookApi,
  ...annotationApi,
  ...segmentApi,
  ...ratingApi,
  ...classificationApi,
  ...eventApi,
  ...memoApi,
  ...statusApi,
  ...codingApi,
  ...qdaApi,
  ...agreementApi,
  ...datasetApi,
  ...reportApi,
  ...consensusApi,
  ...appApi,
  ...auditApi,
  ...studyApi,
  ...packageApi,
  ...filesApi,
  ...prefsApi,
};

type Api = typeof api;
export type ApiName = keyof Api;
type ArgsOf<N extends ApiName> = Api[N]['args'];
/** What a caller sends (defaults may be left out). */
export type ApiArg<N extends ApiName> = z.input<ArgsOf<N>>;
/** What a handler receives: the schema's parsed output, defaults applied. */
export type ApiParsedArg<N extends ApiName> = z.output<ArgsOf<N>>;
/** What the call resolves with. */
export type ApiValue<N extends ApiName> = Api[N] extends Method<z.ZodType, infer R> ? R : never;

export function isApiName(name: string): name is ApiName {
  return Object.prototype.hasOwnProperty.call(api, name);
}
