import { z } from 'zod';
import { id } from './primitives.ts';

/** What goes with a transcript or a coder when it is deleted (a participant withdrew, a wrong import). */
export interface WithdrawalCounts {
  annotations: number;
  ratings: number;
  events: number;
  classifications: number;
  memos: number;
  statuses: number;
  /** Trainer keys: the transcript's, or those naming the coder. */
  keys: number;
  assignments: number;
  returns: number;
  /** Consensus items on the transcript, or accepted from the coder's coding. */
  consensusItems: number;
  /** Training set entries (the transcript in a set; the coder as a set's key or enrolled trainee). */
  trainingItems: number;
}

export interface WithdrawalPreview {
  kind: 'transcript' | 'coder';
  id: string;
  /** What the user types to confirm: the transcript's title or the coder's name. */
  name: string;
  counts: WithdrawalCounts;
  /** For a transcript: how many coders' coding goes with it; for a coder: on how many transcripts. */
  spread: number;
  /** Copies Attune made beside the project before upgrading it, which hold this too: erased with it. */
  backups: string[];
  /** One sentence naming what goes ("SYN-0003 and 412 highlights, 38 ratings … by 3 coders"). */
  summary: string;
}

export interface WithdrawalResult extends WithdrawalPreview {
  /** False when another program held the journal open, so it could not be emptied (the file is still clean). */
  journalEmptied: boolean;
}

/** Typing the title or name confirms; the host checks it too, so a script cannot delete by a slip. */
export const confirmText = z.string().max(400);

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** The confirmation's sentence, shared by the UI and the command line. */
export function withdrawalSummary(p: Omit<WithdrawalPreview, 'summary'>): string {
  const c = p.counts;
  // Only what is there: "SYN-0003 and 412 highlights, 38 ratings and 2 classifications by 3 coders".
  const parts = [
    c.annotations ? plural(c.annotations, 'highlight') : '',
    c.ratings ? plural(c.ratings, 'rating') : '',
    c.events ? plural(c.events, 'loss or trauma event', 'loss or trauma events') : '',
    c.classifications ? plural(c.classifications, 'classification') : '',
    c.memos ? plural(c.memos, 'memo') : '',
    c.statuses ? plural(c.statuses, 'coding status', 'coding statuses') : '',
    c.consensusItems ? plural(c.consensusItems, 'consensus item') : '',
    c.keys ? plural(c.keys, 'trainer key') : '',
    c.assignments ? plural(c.assignments, 'study assignment') : '',
    c.returns ? plural(c.returns, 'returned coding') : '',
    c.trainingItems ? plural(c.trainingItems, 'training set entry', 'training set entries') : '',
  ].filter(Boolean);
  const spread = p.kind === 'transcript' ? `by ${plural(p.spread, 'coder')}` : `on ${plural(p.spread, 'transcript')}`;
  const backups = p.backups.length ? `; ${plural(p.backups.length, 'backup copy', 'backup copies')} erased` : '';
  if (!parts.length) return `${p.name} (no coding ${p.kind === 'transcript' ? 'of it' : 'by them'})${backups}`;
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0];
  return `${p.name} and ${list} ${spread}${backups}`;
}

export const withdrawalIdArgs = z.object({ id }).strict();
export const withdrawalDeleteArgs = z.object({ id, confirm: confirmText }).strict();
