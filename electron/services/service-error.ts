import type { ApiErrorType } from '../../shared/api/result.ts';

/** Thrown by handlers for expected failures; the dispatcher turns it into a typed error result. */
export class ServiceError extends Error {
  constructor(
    readonly type: ApiErrorType,
    message: string,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}
