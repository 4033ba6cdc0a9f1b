import type { ApiErrorType } from '../../../shared/api/result.ts';
import type { ObservedSums, PooledUnitizing } from '../../../shared/reliability/pooled-unitizing.ts';
import type { WireBatch } from './wire.ts';

/** One transcript to read, with what the worker needs to know to compute its unitizing alpha ahead. */
export interface ReaderTranscript {
  id: string;
  length: number;
  /** The chosen coders whose records the acting coder may see here: only theirs are read. */
  visible: string[];
  /** Coders who took part here by a classification or a started status (highlights and ratings add theirs). */
  extra: string[];
  /**
   * The request thread computes this one's unitizing alpha itself and sends its observed sums (ReaderObserved),
   * which the pooled figure waits for: a share of the work for a thread that would otherwise wait.
   */
  callerUnitizes?: boolean;
}

/** What the agreement reader's worker is asked: the project file, the chosen coders (in order), the transcripts. */
export interface ReaderRequest {
  path: string;
  coders: string[];
  /** The active codebook's codes (the pooled figure's codes start from them). */
  codes: { id: string; archived?: boolean | undefined }[];
  transcripts: ReaderTranscript[];
}

/** The request as a message, to a worker started ahead without one. */
export interface ReaderStart {
  kind: 'request';
  request: ReaderRequest;
}

/** A transcript's observed sums as the request thread computed them (null: it had none to lend). */
export interface ReaderObserved {
  kind: 'observed';
  transcriptId: string;
  observed: ObservedSums | null;
}

export type ReaderMessage =
  | { kind: 'batch'; batch: WireBatch }
  | { kind: 'pooled'; value: PooledUnitizing | null }
  | { kind: 'done' }
  | { kind: 'failed'; type: ApiErrorType; message: string };
