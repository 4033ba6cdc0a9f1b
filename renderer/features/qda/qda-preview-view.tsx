import type { QdpxPreview } from '../../../shared/api/qda.ts';
import { QdaSkippedList } from './qda-skipped-list.tsx';

const n = (x: number) => x.toLocaleString();

/** The preview of a .qdpx: what it brings in, counted, and what does not come across. */
export function QdaPreviewView({ preview: p }: { preview: QdpxPreview }) {
  return (
    <div className="qda-preview" data-testid="qda-preview">
      <p className="qda-origin">
        <strong>{p.projectName}</strong>
        {p.origin ? <span className="muted"> · from {p.origin}</span> : null} ·{' '}
        <span className="mono">{p.fileName}</span>
      </p>
      <dl className="qda-counts">
        <div>
          <dt>Transcripts</dt>
          <dd data-testid="qda-count-sources">{n(p.sources.length)}</dd>
        </div>
        <div>
          <dt>Coders</dt>
          <dd data-testid="qda-count-users">{n(p.users.length)}</dd>
        </div>
        <div>
          <dt>Codes</dt>
          <dd data-testid="qda-count-codes">{n(p.codes.total)}</dd>
        </div>
        <div>
          <dt>Selections</dt>
          <dd data-testid="qda-count-selections">
            {n(p.selections.imported)} of {n(p.selections.total)}
          </dd>
        </div>
        <div>
          <dt>Highlights</dt>
          <dd data-testid="qda-count-highlights">{n(p.annotations)}</dd>
        </div>
        <div>
          <dt>Memos</dt>
          <dd>{n(p.memos)}</dd>
        </div>
      </dl>
      <div className="qda-columns">
        <section aria-label="Sources">
          <h3 className="section-label">Sources → transcripts</h3>
          <ul className="qda-list">
            {p.sources.map((s, i) => (
              <li key={i}>
                <strong>{s.title}</strong>{' '}
                <span className="muted small">
                  {n(s.characters)} characters · {n(s.highlights)} highlights
                  {s.duplicateOf ? ` · already in the project as “${s.duplicateOf}”` : ''}
                </span>
              </li>
            ))}
          </ul>
        </section>
        <section aria-label="Users">
          <h3 className="section-label">Users → coders</h3>
          <ul className="qda-list">
            {p.users.map((u, i) => (
              <li key={i}>
                <strong>{u.coder}</strong>{' '}
                <span className="muted small">
                  {u.exists ? 'existing coder' : 'new coder'} · {n(u.highlights)} highlights
                </span>
              </li>
            ))}
          </ul>
          <h3 className="section-label">Codes</h3>
          <p className="small">
            {p.codes.matched === 1 ? '1 matches a code' : `${n(p.codes.matched)} match codes`} of the active codebook
            {p.codes.added.length > 0 ? (
              <>
                ; {n(p.codes.added.length)} will be added in a new codebook version:{' '}
                <span className="qda-added">{p.codes.added.join(', ')}</span>
              </>
            ) : (
              '; none is new.'
            )}
          </p>
          {p.metadataFields.length > 0 && (
            <p className="small">Metadata from variables: {p.metadataFields.join(', ')}</p>
          )}
        </section>
      </div>
      {p.skipped.length > 0 && <QdaSkippedList title="Will not come across" items={p.skipped} />}
      <details className="qda-never">
        <summary className="small">Never carried between Attune and REFI-QDA</summary>
        <ul className="small">
          {p.notCarried.map((x) => (
            <li key={x}>{x}</li>
          ))}
        </ul>
      </details>
    </div>
  );
}
