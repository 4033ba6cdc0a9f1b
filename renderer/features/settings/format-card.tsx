import type { FormatStyle } from '../../../shared/api/prefs.ts';
import { setFormatStyle, useFormatter } from '../../state/prefs.ts';
import { makeFormatter } from '../../ui/format.ts';

const SAMPLE = new Date(2026, 11, 7, 14, 3);

/**
 * Dates, times and counts: the system locale or ISO. A setting of this computer (local settings), not of the
 * project: every coder of a shared file keeps their own. Statistics keep "." and fixed decimals either way.
 */
export function FormatCard() {
  const f = useFormatter();
  const option = (style: FormatStyle, label: string) => {
    const ex = makeFormatter(style);
    return (
      <label className="radio-row">
        <input
          type="radio"
          name="format-style"
          checked={f.style === style}
          onChange={() => void setFormatStyle(style).catch(() => undefined)}
        />{' '}
        {label}{' '}
        <span className="muted">
          ({ex.dateTime(SAMPLE)}, {ex.count(6422)} words)
        </span>
      </label>
    );
  };
  return (
    <section className="card settings-card" aria-labelledby="st-format">
      <h2 className="card-title" id="st-format">
        Dates and numbers (this computer)
      </h2>
      <p className="card-hint">
        How dates, times and counts are written on screen. Statistics always keep their fixed decimals with a “.”, as in
        every export and report.
      </p>
      <fieldset className="plain-fieldset">
        <legend className="visually-hidden">Dates and numbers</legend>
        {option('system', 'As the system’s language and region')}
        {option('iso', 'ISO')}
      </fieldset>
    </section>
  );
}
