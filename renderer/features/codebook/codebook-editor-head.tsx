import { useRef } from 'react';
import type { CodebookVersion, StoredCodebook } from '../../../shared/api/codebook.ts';

interface Props {
  stored: StoredCodebook | null;
  versions: readonly CodebookVersion[];
  busy: boolean;
  /** A coder or trainee: nothing can be imported as a new version. */
  readOnly: boolean;
  onImport: (file: File) => void;
  onExport: () => void;
  onExportQdc: () => void;
  onClose: () => void;
}

/** The editor's title with the active version and how many codings use each version; import, export, close. */
export function CodebookEditorHead({
  stored,
  versions,
  busy,
  readOnly,
  onImport,
  onExport,
  onExportQdc,
  onClose,
}: Props) {
  const fileInput = useRef<HTMLInputElement>(null);
  const thisVersion = versions.find((v) => v.key === stored?.key);
  const earlier = versions.filter((v) => v.id === stored?.codebook.id && v.key !== stored?.key);
  return (
    <header className="cb-head">
      <div className="cb-head-titles">
        <h2 className="card-title">Codebook</h2>
        {stored && (
          <p className="cb-version" data-testid="codebook-version">
            <strong>{stored.codebook.name}</strong> · version {stored.codebook.version} (active) ·{' '}
            {thisVersion?.uses ?? 0} {thisVersion?.uses === 1 ? 'coding uses' : 'codings use'} version{' '}
            {stored.codebook.version}
          </p>
        )}
        {earlier.length > 0 && (
          <p className="cb-earlier muted small">
            Earlier:{' '}
            {earlier.map((v, i) => (
              <span key={v.key}>
                {i > 0 && ', '}v{v.version} ({v.uses} {v.uses === 1 ? 'coding' : 'codings'})
              </span>
            ))}
          </p>
        )}
      </div>
      <div className="cb-head-actions">
        <input
          ref={fileInput}
          type="file"
          accept=".json,.qdc,application/json,application/xml,text/xml"
          hidden
          data-testid="codebook-import-input"
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = '';
            if (f) onImport(f);
          }}
        />
        <button
          type="button"
          className="btn btn-small"
          disabled={busy || readOnly}
          onClick={() => fileInput.current?.click()}
          title={
            readOnly
              ? 'Codebook versions are saved by a lead or trainer'
              : 'A codebook JSON file replaces the active codebook; a REFI-QDA codebook (.qdc) from ATLAS.ti, MAXQDA, NVivo or QualCoder adds its new codes. Either is saved as a new version.'
          }
        >
          Import…
        </button>
        <button
          type="button"
          className="btn btn-small"
          disabled={!stored}
          onClick={onExport}
          title="Download the active (saved) version as JSON"
        >
          Export JSON
        </button>
        <button
          type="button"
          className="btn btn-small"
          disabled={!stored}
          onClick={onExportQdc}
          title="Download the active version's codes as a REFI-QDA codebook (.qdc) for other QDA programs"
        >
          Export .qdc
        </button>
        <button type="button" className="btn btn-quiet btn-small" onClick={onClose} aria-label="Close">
          ✕
        </button>
      </div>
    </header>
  );
}
