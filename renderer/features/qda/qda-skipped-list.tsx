import type { QdaSkipped } from '../../../shared/api/qda.ts';

/** What does not come across, one line each: the item and why. */
export function QdaSkippedList({ title, items }: { title: string; items: QdaSkipped[] }) {
  return (
    <section className="qda-skipped" aria-label={title}>
      <h3 className="section-label">
        {title} ({items.length})
      </h3>
      <ul>
        {items.map((s, i) => (
          <li key={i} data-testid="qda-skipped">
            <strong>{s.what}</strong>: {s.why}
          </li>
        ))}
      </ul>
    </section>
  );
}
