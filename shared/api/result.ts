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
  | 'read-only' // the project file, its folder or its disk cannot be written: nothing was saved
  | 'disk-full' // the disk is full: nothing was saved
  | 'busy' // another program is writing to the project file: try again
  | 'passphrase' // the file is encrypted: its passphrase is needed, or the one given is wrong
  | 'internal';

/** One problem with an argument: where (a dotted path, "" for the whole argument) and what. */
export interface ApiIssue {
  path: string;
  message: string;
}

export interface ApiError {
  type: ApiErrorType;
  /** A sentence for a person; it does not repeat the method's name. */
  message: string;
  /** The method that was called (as given, for an unknown one). */
  method: string;
  /** Validation errors: each argument problem on its own, so a form can show it beside its field. */
  issues?: ApiIssue[];
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };
