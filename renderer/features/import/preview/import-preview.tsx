import type { ImportPreview as Preview } from '../../../../shared/api/transcript.ts';
import { MetadataFields } from '../../metadata/index.ts';
import { plural } from '../import-batch.ts';
import type { ImportEntry } from '../import-entry.ts';
import { PreviewMarks } from './preview-marks.tsx';
import { PreviewReplacements } from './preview-replacements.tsx';
import { PreviewSections } from './preview-sections.tsx';
import { PreviewTurns } from './preview-turns.tsx';

interface Props {
  entry: ImportEntry;
  hiddenFields: readonly string[];
  disabled: boolean;
  onChange: (change: Partial<Pick<ImportEntry, 'title' | 'metadata'>>) => void;
  /** Add labels seen at line starts to the batch's speaker labels. */
  onUseLabels: (labels: string[]) => void;
}

function formatLabel(p: Preview): string {
  const f = p.format.toUpperCase();
  return p.encoding ? `${f} · ${p.encoding.toUpperCase()}` : f;
}

/** One file as it would be stored: turns, sections, marks, every replacement, and its metadata. */
export function ImportPreview({ entry, hiddenFields, disabled, onChange, onUseLabels }: Props) {
  const p = entry.preview;
  if (entry.phase === 'invalid' || (!p && entry.message)) {
    return (
      <div className="preview-pane">
        <h3 className="preview-title">{entry.name}</h3>
        <div className="field-error" role="alert">
          {entry.message}
        </div>
        <p className="muted small preview-gap">
          This file will be listed as not imported; the other files are not affected.
        </p>
      </div>
    );
  }
  if (!p) {
    return (
      <div className="preview-pane" aria-busy="true">
        <h3 className="preview-title">{entry.name}</h3>
        <p className="muted">Reading the file…</p>
      </div>
    );
  }
  return (
    <div className="preview-pane" aria-label={`Preview of ${entry.name}`}>
      <div className="preview-head">
        <h3 className="preview-title">{entry.name}</h3>
        <span className="format-badge">{formatLabel(p)}</span>
      </div>
      <p className="preview-stats" data-testid="preview-stats">
        <span>{plural(p.words, 'word')}</span>
        <span data-testid="turn-count">{plural(p.turns.count, 'turn')}</span>
        <span data-testid="section-count">{plural(p.sections.length, 'section')}</span>
        <span>{plural(p.marks.count, 'transcriber mark')}</span>
        <span data-testid="replacement-count">{plural(p.replacements.length, 'replacement')}</span>
      </p>
      {p.duplicateOf && (
        <p className="preview-note preview-note--warn" role="status">
          This text is already in the project as “{p.duplicateOf.title}”. It will be reported as a duplicate, not
          imported twice.
        </p>
      )}
      {p.warnings.map((w, i) => (
        <p className="preview-note" key={i}>
          {w}
        </p>
      ))}
      {p.suggestedLabels.length > 0 && (
        <p className="preview-note preview-note--action">
          <button
            type="button"
            className="btn btn-small"
            disabled={disabled}
            onClick={() => onUseLabels(p.suggestedLabels)}
          >
            Use {p.suggestedLabels.map((l) => `${l}:`).join(', ')} as speaker labels
          </button>
        </p>
      )}

      <div className="preview-grid">
        <PreviewTurns preview={p} />

        <div className="preview-side">
          <section className="preview-block" aria-label="Metadata">
            <h4 className="section-label">Metadata</h4>
            <MetadataFields
              title={entry.title}
              metadata={entry.metadata}
              hiddenFields={hiddenFields}
              disabled={disabled}
              onTitle={(title) => onChange({ title })}
              onChange={(metadata) => onChange({ metadata })}
            />
          </section>

          <PreviewReplacements preview={p} />

          <PreviewSections preview={p} />
          <PreviewMarks preview={p} />
        </div>
      </div>
    </div>
  );
}
