import { useOpenPackage } from '../../packages/index.ts';
import { openQdaDialog } from '../../qda/index.ts';

interface Props {
  /** Still loading (the list, or a transcript chosen): no call to import yet. */
  loading: boolean;
  onImport: () => void;
}

/** The reading pane with no transcript open: loading, or an invitation to import one. */
export function ReaderEmpty({ loading, onImport }: Props) {
  const pkg = useOpenPackage();
  return (
    <div className="reader-empty">
      {loading ? (
        <p className="muted">Loading…</p>
      ) : (
        <>
          <svg className="empty-illustration" width="56" height="56" viewBox="0 0 56 56" aria-hidden="true">
            <rect x="10" y="6" width="36" height="44" rx="5" fill="none" stroke="currentColor" strokeWidth="2.5" />
            <path d="M18 18h20M18 25h20M18 32h12" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
          </svg>
          <h2 className="reader-empty-title">No transcript open</h2>
          {pkg ? (
            // A coder package codes what the lead sent: nothing to import here.
            <p className="muted">
              Choose a transcript on the left: the ones study {pkg.originName} sent you, {pkg.coderName}.
            </p>
          ) : (
            <>
              <p className="muted">
                Import transcripts (.docx, .txt, .odt or .rtf), or drop files anywhere in this window.
              </p>
              <button type="button" className="btn btn-primary" onClick={onImport}>
                Import transcript…
              </button>
              <p className="muted small">
                Coded in ATLAS.ti, MAXQDA, NVivo or QualCoder?{' '}
                <button type="button" className="link-btn" onClick={() => openQdaDialog('import')}>
                  Import a REFI-QDA project (.qdpx)…
                </button>
              </p>
            </>
          )}
        </>
      )}
    </div>
  );
}
