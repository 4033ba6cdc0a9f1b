import { memo } from 'react';
import { STATUS_LABELS, statusOf, useStatusCoders, useStatuses } from '../../state/coding-data.ts';

interface Props {
  transcriptId: string;
  coderId: string;
}

/**
 * In the transcript list: the acting coder's status as a small pill and, for leads and trainers,
 * one dot per other coder (hover or screen reader for the names).
 */
export const CodingStatusBadge = memo(function CodingStatusBadge({ transcriptId, coderId }: Props) {
  const list = useStatuses();
  const coders = useStatusCoders();
  const mine = statusOf(list, { transcriptId, coderId });
  const others = coders.filter((c) => c.id !== coderId);
  return (
    <span className="status-badge">
      <span className={`status-pill status-pill--${mine}`} data-testid="coding-status" data-status={mine}>
        {STATUS_LABELS[mine]}
      </span>
      {others.length > 0 && (
        <span className="status-dots" role="list" aria-label="Other coders">
          {others.map((c) => {
            const s = statusOf(list, { transcriptId, coderId: c.id });
            return (
              <span
                key={c.id}
                role="listitem"
                className={`status-dot status-dot--${s}`}
                title={`${c.name}: ${STATUS_LABELS[s].toLowerCase()}`}
                aria-label={`${c.name}: ${STATUS_LABELS[s].toLowerCase()}`}
              />
            );
          })}
        </span>
      )}
    </span>
  );
});
