import type { ProgressState } from '../../../shared/api/study.ts';

const WORD: Record<ProgressState, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  complete: 'Complete',
  returned: 'Returned',
};

/** One progress state as an icon and a word (never colour alone). */
export function StateBadge({ state }: { state: ProgressState }) {
  return (
    <span className={`study-state study-state--${state}`}>
      <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
        {state === 'not-started' && (
          <circle cx="7" cy="7" r="5.2" fill="none" stroke="currentColor" strokeWidth="1.5" />
        )}
        {state === 'in-progress' && (
          <>
            <circle cx="7" cy="7" r="5.2" fill="none" stroke="currentColor" strokeWidth="1.5" />
            <path d="M7 1.8a5.2 5.2 0 0 1 0 10.4z" fill="currentColor" />
          </>
        )}
        {state === 'complete' && (
          <>
            <circle cx="7" cy="7" r="6" fill="currentColor" />
            <path d="M4.2 7.2l1.9 1.9 3.7-3.9" fill="none" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" />
          </>
        )}
        {state === 'returned' && (
          <>
            <rect x="1" y="2.5" width="12" height="9" rx="1.5" fill="currentColor" />
            <path d="M3 5l4 2.6L11 5" fill="none" stroke="#fff" strokeWidth="1.4" strokeLinecap="round" />
          </>
        )}
      </svg>
      {WORD[state]}
    </span>
  );
}
