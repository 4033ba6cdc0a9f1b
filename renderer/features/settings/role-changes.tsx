import { useEffect, useState } from 'react';
import type { AuditEntry } from '../../../shared/api/audit.ts';
import { errorMessage, send } from '../../api/client.ts';
import { ROLE_LABELS } from './role-labels.ts';

interface Props {
  /** Changes when the coders change, so the list is read again. */
  version: string;
}

const label = (role: string | undefined) => (role ? (ROLE_LABELS[role] ?? role) : '?');

function when(at: string): string {
  const d = new Date(at);
  return Number.isNaN(d.getTime()) ? at : d.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

/** The project's recorded role changes, newest first: who changed whose role, when, from what to what. */
export function RoleChanges({ version }: Props) {
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    send('audit-list', { action: 'role-changed' })
      .then((list) => live && setEntries(list))
      .catch((e: unknown) => live && setError(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [version]);

  return (
    <section className="role-changes" aria-labelledby="st-role-changes">
      <h3 className="section-label" id="st-role-changes">
        Role changes
      </h3>
      {error && <p className="field-error">{error}</p>}
      {entries && entries.length === 0 && <p className="muted small">No role has been changed in this project.</p>}
      {entries && entries.length > 0 && (
        <ul className="role-change-list">
          {entries.map((e) => (
            <li key={e.id}>
              <time dateTime={e.at} className="muted">
                {when(e.at)}
              </time>{' '}
              {e.actorName ? <strong>{e.actorName}</strong> : 'Attune'} made{' '}
              <strong>{e.subjectName ?? 'a coder'}</strong> {label(e.detail.to)} (was {label(e.detail.from)})
              {e.detail.reason && <span className="muted"> · {e.detail.reason}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
