import { useEffect, useId, useMemo, useState } from 'react';
import { auditAction, type AuditAction, type AuditEntry } from '../../../shared/api/audit.ts';
import type { Coder } from '../../../shared/api/coder.ts';
import type { TranscriptSummary } from '../../../shared/api/transcript.ts';
import { errorMessage, send } from '../../api/client.ts';
import { downloadFile } from '../../ui/download.ts';
import { ACTION_LABELS, auditCsv, auditJson, detailLabel, targetLabel, type AuditNames } from './audit-format.ts';

interface Props {
  coders: Coder[];
  transcripts: TranscriptSummary[];
  /** Changes whenever the project changes, so the log is read again. */
  version: string;
  projectName: string;
}

function when(at: string): string {
  const d = new Date(at);
  return Number.isNaN(d.getTime()) ? at : d.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'medium' });
}

/**
 * The project's audit log for every coder (it records who did what to which id, never coding or text):
 * newest first, filtered by action and by acting coder, exported as CSV or JSON.
 */
export function AuditLogPanel({ coders, transcripts, version, projectName }: Props) {
  const [action, setAction] = useState('');
  const [coderId, setCoderId] = useState('');
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const ids = { action: useId(), coder: useId() };
  const names: AuditNames = useMemo(
    () => ({
      coders: new Map(coders.map((c) => [c.id, c.name])),
      transcripts: new Map(transcripts.map((t) => [t.id, t.title])),
    }),
    [coders, transcripts],
  );

  useEffect(() => {
    let live = true;
    const filter = {
      ...(action ? { action: action as AuditAction } : {}),
      ...(coderId ? { coderId } : {}),
      limit: 100_000,
    };
    send('audit-list', filter)
      .then((list) => {
        if (!live) return;
        setEntries(list);
        setError(null);
      })
      .catch((e: unknown) => live && setError(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [action, coderId, version]);

  const save = (kind: 'csv' | 'json') => {
    if (!entries) return;
    const stem = `${projectName}-audit-log`;
    if (kind === 'csv') downloadFile(`${stem}.csv`, auditCsv(entries, names), 'text/csv;charset=utf-8');
    else downloadFile(`${stem}.json`, auditJson(entries, names), 'application/json');
  };

  return (
    <div className="audit-log">
      <div className="audit-log-tools">
        <label htmlFor={ids.action}>Action</label>
        <select id={ids.action} className="input" value={action} onChange={(e) => setAction(e.target.value)}>
          <option value="">All actions</option>
          {auditAction.options.map((a) => (
            <option key={a} value={a}>
              {ACTION_LABELS[a] ?? a}
            </option>
          ))}
        </select>
        <label htmlFor={ids.coder}>Coder</label>
        <select id={ids.coder} className="input" value={coderId} onChange={(e) => setCoderId(e.target.value)}>
          <option value="">Everyone</option>
          {coders.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        <span className="audit-log-spacer" />
        <button type="button" className="btn btn-small" disabled={!entries?.length} onClick={() => save('csv')}>
          Export CSV
        </button>
        <button type="button" className="btn btn-small" disabled={!entries?.length} onClick={() => save('json')}>
          Export JSON
        </button>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {entries && entries.length === 0 && (
        <p className="muted small">{action || coderId ? 'No entries match these filters.' : 'Nothing recorded yet.'}</p>
      )}
      {entries && entries.length > 0 && (
        // Focusable so keyboard users can scroll a long log (axe: scrollable-region-focusable).
        <div className="audit-log-scroll" tabIndex={0} role="region" aria-label="Audit log entries, scrollable">
          <table className="data-table audit-log-table" aria-label="Audit log entries">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Coder</th>
                <th scope="col">Action</th>
                <th scope="col">About</th>
                <th scope="col">Details</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id}>
                  <td className="nowrap">
                    <time dateTime={e.at}>{when(e.at)}</time>
                  </td>
                  <td>{e.actorName ?? <span className="muted">command line or upgrade</span>}</td>
                  <td>{ACTION_LABELS[e.action] ?? e.action}</td>
                  <td>{targetLabel(e, names)}</td>
                  <td className="muted small">{detailLabel(e, names)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
