/** The one result shape every API call returns, over IPC and HTTP alike. */
export type ApiErrorType =
  | 'validation' // the arguments did not match the method's schema
  | 'unknown-method'
  | 'unauthorized' // HTTP only: missing or wrong token
  | 'no-project' // the call needs an open project
  | 'not-found'
  | 'conflict' // e.g. a duplicate transcript, a name already taken
  | 'refused' // e.g. a project file from a newer version
  | 'io' // the file system said no
  | 'internal';

export interface ApiError {
  type: ApiErrorType;
  message: string;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };
