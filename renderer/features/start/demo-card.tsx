import { useId } from 'react';

interface Props {
  /** Offered large when there is nothing else to open (no recent projects). */
  prominent: boolean;
  busy: boolean;
  /** The demo is being built (a second or two). */
  building: boolean;
  error: string | null;
  onOpen: () => void;
}

/** The start screen's first action: a whole invented study, built fresh, to see what Attune does. */
export function DemoCard({ prominent, busy, building, error, onOpen }: Props) {
  const headingId = useId();
  const errorId = useId();
  return (
    <section
      className={prominent ? 'card demo-card demo-card-prominent' : 'card demo-card'}
      aria-labelledby={headingId}
    >
      <div className="demo-card-text">
        <h2 className="card-title" id={headingId}>
          {prominent ? 'New to Attune? Start with the demo study' : 'Demo study'}
        </h2>
        <p className="card-hint">
          Four invented interviews coded by two coders, a trainee and a consensus, so the dashboard, review, consensus
          and training views all have figures. Built fresh each time; marked{' '}
          <strong className="synthetic-tag">SYNTHETIC – NOT REAL DATA</strong>.
        </p>
        {error && (
          <p className="field-error" id={errorId} role="alert">
            {error}
          </p>
        )}
      </div>
      <button
        type="button"
        className={prominent ? 'btn btn-primary btn-large' : 'btn'}
        onClick={onOpen}
        disabled={busy}
        aria-describedby={error ? errorId : undefined}
      >
        {building ? 'Building the demo…' : 'Open the demo study'}
      </button>
    </section>
  );
}
