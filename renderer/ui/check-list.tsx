interface Item {
  id: string;
  label: string;
  hint?: string;
}

interface Props {
  label: string;
  items: Item[];
  chosen: ReadonlySet<string>;
  onChange: (next: Set<string>) => void;
}

/** A labelled checkbox list with "All" and "None". */
export function CheckList({ label, items, chosen, onChange }: Props) {
  const toggle = (id: string) => {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onChange(next);
  };
  const count = items.filter((i) => chosen.has(i.id)).length;
  return (
    <fieldset className="check-group">
      <legend className="check-group-head">
        <span className="section-label">{label}</span>
        <span className="muted small">
          {count} of {items.length}
        </span>
      </legend>
      <div className="check-group-actions">
        <button
          type="button"
          className="link-btn"
          onClick={() => onChange(new Set(items.map((i) => i.id)))}
          aria-label={`Select all ${label.toLowerCase()}`}
        >
          All
        </button>
        <button
          type="button"
          className="link-btn"
          onClick={() => onChange(new Set())}
          aria-label={`Select no ${label.toLowerCase()}`}
        >
          None
        </button>
      </div>
      <ul className="check-list">
        {items.map((i) => (
          <li key={i.id}>
            <label title={i.hint ? `${i.label}: ${i.hint}` : i.label}>
              <input type="checkbox" checked={chosen.has(i.id)} onChange={() => toggle(i.id)} />
              <span className="check-label">{i.label}</span>
              {i.hint && <span className="check-hint">{i.hint}</span>}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
