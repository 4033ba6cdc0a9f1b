import type { CodingStatus } from '../../../shared/api/status.ts';
import { setStatus, STATUS_LABELS, statusOf, useStatuses, type Owner } from '../../state/coding-data.ts';

const ORDER: CodingStatus[] = ['not-started', 'in-progress', 'complete'];

/** The coder sets their own status of the open transcript (shown in the transcript list). */
export function CodingStatusControl({ owner }: { owner: Owner }) {
  const current = statusOf(useStatuses(), owner);
  return (
    <div className="status-control" role="group" aria-label="Your coding status">
      <span className="status-control-label">Status</span>
      <div className="cp-segmented cp-segmented--small">
        {ORDER.map((s) => (
          <button
            key={s}
            type="button"
            className={`cp-segment cp-segment--${s}`}
            aria-pressed={s === current}
            onClick={() =>
              void setStatus(owner, s).catch(() => {
                // reported by the save indicator
              })
            }
          >
            <span className={`status-dot status-dot--${s}`} aria-hidden="true" />
            {STATUS_LABELS[s]}
          </button>
        ))}
      </div>
    </div>
  );
}
