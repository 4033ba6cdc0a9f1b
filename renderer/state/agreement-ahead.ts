import { useEffect } from 'react';
import type { AgreementSummary } from '../../shared/api/agreement.ts';
import { send } from '../api/client.ts';
import { clearProgress } from './progress.ts';
import { onViewChange } from './view.ts';

/** Disagreements in the dashboard's first page, and in each later one. */
export const DISAGREEMENTS_PER_PAGE = 100;

let ahead: { key: string; answer: Promise<AgreementSummary>; settled: boolean } | null = null;

/** Whose answer it is: asked for one project and acting coder, taken only by their dashboard. */
export const agreementAheadKey = (projectPath: string, coderId: string) => `${projectPath}\u0000${coderId}`;

/**
 * Asks the host for the Agreement dashboard's first figures as the view opens, by the host's defaults (every
 * transcript, or the revealed ones; the study coders; the default level and threshold: what the dashboard
 * starts with), while the view still reads the lists it shows beside them. At consortium size that is the
 * time of those reads off the wait.
 */
export function computeAgreementAhead(key: string): void {
  if (ahead?.key === key && !ahead.settled) return; // asked already (React's development mode mounts twice)
  clearProgress('agreement');
  const answer = send('agreement-compute', { pageSize: DISAGREEMENTS_PER_PAGE });
  const asked = { key, answer, settled: false };
  // Heard by the dashboard when it takes the answer (or by nobody).
  answer.then(
    () => void (asked.settled = true),
    () => void (asked.settled = true),
  );
  ahead = asked;
}

/** Whether figures were asked for this key and not yet taken (as the tab was chosen, a moment before). */
export function hasAgreementAhead(key: string): boolean {
  return ahead?.key === key;
}

/** Forgets an answer not taken (the views opened elsewhere: a later Agreement computes afresh). */
export function dropAgreementAhead(): void {
  ahead = null;
}

/** The answer asked ahead for this key (project and coder), once; null if none was. */
export function takeAgreementAhead(key: string): Promise<AgreementSummary> | null {
  const a = ahead;
  ahead = null;
  return a?.key === key ? a.answer : null;
}

/**
 * While a project's views are shown: the figures are asked the moment the Agreement tab is chosen, not once
 * the views have rendered (leaving the Coding screen took some 50 ms first at lab size), and forgotten if the
 * view is left before the dashboard took them (coming back asks afresh: the project may have changed).
 * `key`: null when no project is open.
 */
export function useAgreementAheadOnOpen(key: string | null): void {
  useEffect(() => {
    if (key === null) return;
    return onViewChange((view, previous) => {
      if (view === 'agreement') computeAgreementAhead(key);
      else if (previous === 'agreement') dropAgreementAhead();
    });
  }, [key]);
}
