import type { z } from 'zod';
import { agreementSchemas, type AgreementHandlers } from './agreement.ts';
import { annotationSchemas, type AnnotationHandlers } from './annotation.ts';
import { appSchemas, type AppHandlers } from './app.ts';
import { codebookSchemas, type CodebookHandlers } from './codebook.ts';
import { coderSchemas, type CoderHandlers } from './coder.ts';
import { consensusSchemas, type ConsensusHandlers } from './consensus.ts';
import { codingSchemas, type CodingHandlers } from './coding.ts';
import { exchangeSchemas, type ExchangeHandlers } from './exchange.ts';
import { projectSchemas, type ProjectHandlers } from './project.ts';
import { sessionSchemas, type SessionHandlers } from './session.ts';
import { transcriptSchemas, type TranscriptHandlers } from './transcript.ts';

export type * from './agreement.ts';
export type * from './annotation.ts';
export type * from './app.ts';
export type * from './codebook.ts';
export type * from './coder.ts';
export type * from './consensus.ts';
export type * from './coding.ts';
export type * from './exchange.ts';
export type * from './project.ts';
export type * from './result.ts';
export type * from './session.ts';
export type * from './transcript.ts';

/** The whole API: one handler per `domain-verb`, each taking one object argument. */
export type ApiHandlers = ProjectHandlers &
  CoderHandlers &
  SessionHandlers &
  TranscriptHandlers &
  CodebookHandlers &
  AnnotationHandlers &
  CodingHandlers &
  ExchangeHandlers &
  ConsensusHandlers &
  AgreementHandlers &
  AppHandlers;

export type ApiName = keyof ApiHandlers;
export type ApiArg<N extends ApiName> = Parameters<ApiHandlers[N]>[0];
export type ApiValue<N extends ApiName> = Awaited<ReturnType<ApiHandlers[N]>>;

/** Argument schemas, one per method: the dispatcher validates every call against these. */
export const apiSchemas = {
  ...projectSchemas,
  ...coderSchemas,
  ...sessionSchemas,
  ...transcriptSchemas,
  ...codebookSchemas,
  ...annotationSchemas,
  ...codingSchemas,
  ...exchangeSchemas,
  ...consensusSchemas,
  ...agreementSchemas,
  ...appSchemas,
} satisfies { [N in ApiName]: z.ZodType };

export function isApiName(name: string): name is ApiName {
  return Object.prototype.hasOwnProperty.call(apiSchemas, name);
}
