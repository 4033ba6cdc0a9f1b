import { openSegments } from '../../state/view.ts';

interface Props {
  query: string;
  codes: readonly { id: string; label: string }[];
  /** Called before the Segments view opens (the search closes). */
  onChoose: () => void;
}

/** Codes whose name holds the query: each opens the Segments view on every passage coded with it. */
export function CodeMatches({ query, codes, onChoose }: Props) {
  const q = query.trim().toLocaleLowerCase();
  const matches = q.length < 2 ? [] : codes.filter((c) => c.label.toLocaleLowerCase().includes(q)).slice(0, 4);
  if (!matches.length) return null;
  return (
    <div className="search-codes" role="group" aria-label="Search by code">
      {matches.map((c) => (
        <button
          key={c.id}
          type="button"
          className="link-btn search-code"
          onClick={() => {
            onChoose();
            openSegments({ codeId: c.id });
          }}
        >
          All passages coded “{c.label}” ›
        </button>
      ))}
    </div>
  );
}
