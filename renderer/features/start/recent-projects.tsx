import { useId } from 'react';
import { splitPath } from './project-path.ts';

interface Props {
  /** Project file paths, most recent first; null while loading. */
  recent: readonly string[] | null;
  busy: boolean;
  onOpen: (path: string) => void;
}

/** The recently opened projects, each a button named by its file (without .attune) and folder. */
export function RecentProjects({ recent, busy, onOpen }: Props) {
  const headingId = useId();
  return (
    <>
      <h3 className="section-label" id={headingId}>
        Recent
      </h3>
      {recent === null ? (
        <p className="muted small">Loading…</p>
      ) : recent.length === 0 ? (
        <p className="muted small">No recent projects yet.</p>
      ) : (
        <ul className="recent-list" aria-labelledby={headingId}>
          {recent.map((path) => {
            const { name, dir } = splitPath(path);
            const display = name.replace(/\.attune$/i, '');
            return (
              <li key={path}>
                <button
                  type="button"
                  className="recent-item"
                  onClick={() => onOpen(path)}
                  disabled={busy}
                  title={path}
                  aria-label={`Open ${display} (${dir || 'this folder'})`}
                >
                  <span className="recent-name">{display}</span>
                  <span className="recent-dir mono">{dir}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
