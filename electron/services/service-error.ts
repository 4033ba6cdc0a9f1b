import type { ApiErrorType, ApiIssue } from '../../shared/api/result.ts';

/** Thrown by handlers for expected failures; the dispatcher turns it into a typed error result. */
export class ServiceError extends Error {
  constructor(
    readonly type: ApiErrorType,
    message: string,
    /** Problems tied to an argument: a form shows each beside its field (e.g. an option that would help). */
    readonly issues?: ApiIssue[],
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}
