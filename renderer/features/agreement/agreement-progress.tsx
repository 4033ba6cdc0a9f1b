import { useProgress } from '../../state/progress.ts';

interface Props {
  /** What is running, e.g. "Computing agreement". */
  task: string;
}

/** The running task with the host's progress events (indeterminate until the first one arrives). */
export function AgreementProgress({ task }: Props) {
  // Subscribed here, so a progress event re-renders only this row.
  const progress = useProgress('agreement');
  const pctDone = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : null;
  return (
    <div className="progress-row" role="status">
      <span>{task}…</span>
      <div
        className="progress"
        role="progressbar"
        aria-label={task}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pctDone ?? undefined}
      >
        <div
          className={`progress-fill${pctDone === null ? ' progress-fill--indeterminate' : ''}`}
          // A scale, not a width: the compositor moves it, so no layout or paint runs beside the host's work.
          style={pctDone === null ? undefined : { transform: `scaleX(${pctDone / 100})` }}
        />
      </div>
      {progress && <span className="muted small">{`${progress.done} / ${progress.total}`}</span>}
    </div>
  );
}
