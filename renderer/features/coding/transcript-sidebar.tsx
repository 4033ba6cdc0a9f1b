import { useEffect, useImperativeHandle, useRef, useState, type DragEvent, type ReactNode, type Ref } from 'react';
import type { TranscriptSummary } from '../../../shared/api/transcript.ts';
import { IMPORT_ACCEPT } from '../import/index.ts';
import { useOpenPackage } from '../packages/index.ts';
import { TranscriptListItems } from './transcript-list-items.tsx';

/** What the coding view asks of the list. */
export interface TranscriptSidebarHandle {
  /** Open the file chooser for importing (File ▸ Import, the palette, the empty view's button). */
  chooseFiles: () => void;
}

interface Props {
  ref?: Ref<TranscriptSidebarHandle>;
  transcripts: TranscriptSummary[] | null;
  selectedId: string | null;
  /** Stable across renders, as is renderStatus (the list is memoised). */
  onSelect: (id: string) => void;
  onImportFiles: (files: File[]) => void;
  importing: boolean;
  /** Coding status shown under each transcript (per coder). */
  renderStatus?: (transcriptId: string) => ReactNode;
  /** Shown under the list (the open transcript's question sections). */
  children?: ReactNode;
}

export function TranscriptSidebar(props: Props) {
  const { transcripts, selectedId, onSelect, onImportFiles, importing } = props;
  const fileInput = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const pkg = useOpenPackage();
  useImperativeHandle(props.ref, () => ({ chooseFiles: () => fileInput.current?.click() }), []);
  const list = useRef<HTMLUListElement>(null);
  const hasList = (transcripts?.length ?? 0) > 0;
  // The open transcript is always in view in the list (reopened, or opened from a search far down it), also
  // when the list changes size (the sections outline appearing under it shortens it).
  useEffect(() => {
    const el = list.current;
    if (!el) return;
    const show = () => el.querySelector('[aria-current="true"]')?.scrollIntoView({ block: 'nearest' });
    show();
    const observer = new ResizeObserver(show);
    observer.observe(el);
    return () => observer.disconnect();
  }, [selectedId, hasList]);

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const files = [...e.dataTransfer.files];
    if (files.length) onImportFiles(files);
  };

  return (
    <nav
      className={`sidebar${dragging ? ' sidebar--drop' : ''}`}
      aria-label="Transcripts"
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <div className="sidebar-head">
        <h2 className="section-label">Transcripts</h2>
        <span className="count-pill" aria-label={`${transcripts?.length ?? 0} transcripts`}>
          {transcripts?.length ?? 0}
        </span>
      </div>

      {transcripts && transcripts.length > 0 && (
        <TranscriptListItems
          listRef={list}
          transcripts={transcripts}
          selectedId={selectedId}
          onSelect={onSelect}
          renderStatus={props.renderStatus}
        />
      )}
      {transcripts && transcripts.length === 0 && (
        <p className="sidebar-empty">
          No transcripts yet. Import a transcript (.docx, .txt, .odt or .rtf) to start coding.
        </p>
      )}
      {props.children}

      <div className="sidebar-foot">
        <input
          ref={fileInput}
          type="file"
          accept={IMPORT_ACCEPT}
          multiple
          hidden
          data-testid="import-file-input"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            if (files.length) onImportFiles(files);
          }}
        />
        {pkg ? (
          // A package's transcripts are the lead's, stored text and hash as sent: the host refuses others.
          <p className="drop-hint" data-testid="package-transcripts-note">
            These are the transcripts {pkg.originName} sent you; new transcripts are imported in the lead’s project.
          </p>
        ) : (
          <>
            <button
              type="button"
              className="btn btn-block"
              onClick={() => fileInput.current?.click()}
              disabled={importing}
              title="Or drop .docx, .txt, .odt or .rtf files on the list"
            >
              {importing ? 'Importing…' : '+ Import transcript'}
            </button>
            <p className="drop-hint">or drop .docx, .txt, .odt or .rtf files here</p>
          </>
        )}
      </div>
    </nav>
  );
}
