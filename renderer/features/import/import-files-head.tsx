import type { Ref } from 'react';
import { IMPORT_ACCEPT } from './read-file.ts';

interface Props {
  count: number;
  /** The hidden file chooser; the empty preview pane's "Choose files…" opens it too. */
  chooserRef: Ref<HTMLInputElement>;
  onChoose: () => void;
  onFiles: (files: File[]) => void;
  disabled: boolean;
}

/** The file list's heading with the file chooser behind "+ Add files". */
export function ImportFilesHead({ count, chooserRef, onChoose, onFiles, disabled }: Props) {
  return (
    <div className="import-side-head">
      <h3 className="section-label">Files ({count})</h3>
      <input
        ref={chooserRef}
        type="file"
        multiple
        hidden
        accept={IMPORT_ACCEPT}
        data-testid="import-dialog-file-input"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          onFiles(files);
        }}
      />
      <button type="button" className="btn btn-small" onClick={onChoose} disabled={disabled}>
        + Add files
      </button>
    </div>
  );
}
