import type { ReactNode } from 'react';
import type { ImportPreview as Preview, ReplacementPreview } from '../../../shared/api/transcript.ts';
import type { MarkKind } from '../../../shared/transcript/marks.ts';
import type { ImportEntry } from './import-entry.ts';
import { hitIndexInContext, plural } from './import-batch.ts';
import { MetadataFields } from '../metadata/index.ts';

interface Props {
  entry: ImportEntry;
  hiddenFields: readonly string[];
  disabled: boolean;
  onChange: (change: Partial<Pick<ImportEntry, 'title' | 'metadata'>>) => void;
}

const MARK_WORD: Record<MarkKind, string> = {
  'transcriber-note': 'transcriber note',
  pause: 'pause',
  inaudible: 'inaudible passage',
  timestamp: 'timestamp',
  interjection: 'interjection',
  sic: '“sic”',
};

function formatLabel(p: Preview): string {
  const f = p.format.toUpperCase();
  return p.encoding ? `${f} · ${p.encoding.toUpperCase()}` : f;
}

/** The context with the name found marked, so a wrong hit ("Rose" the flower) is easy to spot. */
function HitContext({ hit, ordinal }: { hit: ReplacementPreview; ordinal: number }) {
  const at = hitIndexInContext(hit.context, hit.original, ordinal);
  if (at < 0) return <span className="hit-context">{hit.context}</span>;
  return (
    <span className="hit-context">
      {hit.context.slice(0, at)}
      <mark>{hit.original}</mark>
      {hit.context.slice(at + hit.original.length)}
    </span>
  );
}

/** Each hit's place among the earlier hits of the same word on its line (see hitIndexInContext). */
function ordinals(hits: readonly ReplacementPreview[]): number[] {
  const seen = new Map<string, number>();
  return hits.map((h) => {
    const key = `${h.line}\u0000${h.original}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return n;
  });
}

function TurnList({ preview }: { preview: Preview }) {
  const rows: ReactNode[] = [];
  let s = 0;
  for (const [i, t] of preview.turns.first.entries()) {
    // A section heading goes before the first turn at or after its start.
    while (s < preview.sections.length && preview.sections[s]!.start <= t.start) {
      const sec = preview.sections[s]!;
      rows.push(
        <li key={`s${s}`} className="preview-section-divider" data-testid="preview-section">
          {sec.number !== null ? <span className="qnum">Q{sec.number}</span> : null} {sec.title}
        </li>,
      );
      s++;
    }
    rows.push(
      <li key={i} className="preview-turn" data-testid="preview-turn">
        <span className={`speaker-badge speaker-badge--${t.role}`} title={t.role}>
          {t.speaker}
        </span>
        <span className="preview-turn-text">{t.excerpt || <span className="muted">(no speech)</span>}</span>
      </li>,
    );
  }
  return <ol className="preview-turns">{rows}</ol>;
}

/** One file as it would be stored: turns, sections, marks, every replacement, and its metadata. */
export function ImportPreview({ entry, hiddenFields, disabled, onChange }: Props) {
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
  const markKinds = Object.entries(p.marks.byKind) as [MarkKind, number][];
  const hitOrdinals = ordinals(p.replacements);
  const missOrdinals = ordinals(p.caseMisses);
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

      <div className="preview-grid">
        <section className="preview-block preview-block--turns" aria-label="Speaker turns">
          <h4 className="section-label">
            Turns {p.turns.count > p.turns.first.length ? `(first ${p.turns.first.length} of ${p.turns.count})` : ''}
          </h4>
          <p className="speaker-summary">
            {p.turns.bySpeaker.map((s) => (
              <span key={s.speaker} className="speaker-summary-item">
                <span className={`speaker-badge speaker-badge--${s.role}`}>{s.speaker}</span> {s.count}
              </span>
            ))}
          </p>
          {p.turns.count > 0 ? (
            <TurnList preview={p} />
          ) : (
            <p className="muted small">No turns found with these speaker labels.</p>
          )}
        </section>

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

          <section className="preview-block" aria-label="Replacements in this file">
            <h4 className="section-label">Replacements in this file ({p.replacements.length})</h4>
            {p.replacements.length === 0 ? (
              <p className="muted small">None. Add names to the replacement list on the left.</p>
            ) : (
              <ul className="hit-list">
                {p.replacements.map((h, i) => (
                  <li key={i} className="hit" data-testid="replacement-hit">
                    <span className="hit-line">line {h.line}</span>
                    <HitContext hit={h} ordinal={hitOrdinals[i] ?? 0} />
                    <span className="hit-change">
                      {h.original} → <span className="mono">{h.replacement}</span>
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>

          {p.caseMisses.length > 0 && (
            <section className="preview-block preview-block--warn" aria-label="Left alone because of their case">
              <h4 className="section-label">Left alone because of their case ({p.caseMisses.length})</h4>
              <p className="muted small">
                A name set to Match case skips these. If any is the person, untick Match case for that name.
              </p>
              <ul className="hit-list">
                {p.caseMisses.map((h, i) => (
                  <li key={i} className="hit" data-testid="case-miss">
                    <span className="hit-line">line {h.line}</span>
                    <HitContext hit={h} ordinal={missOrdinals[i] ?? 0} />
                    <span className="hit-change">
                      {h.original} kept (not → <span className="mono">{h.replacement}</span>)
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          )}

          <section className="preview-block" aria-label="Sections">
            <h4 className="section-label">Question sections ({p.sections.length})</h4>
            {p.sections.length === 0 ? (
              <p className="muted small">None found; sections can be added after import.</p>
            ) : (
              <ol className="section-chips">
                {p.sections.map((s, i) => (
                  <li key={i} title={s.title}>
                    {s.number !== null ? `Q${s.number}` : s.title}
                  </li>
                ))}
              </ol>
            )}
          </section>

          <section className="preview-block" aria-label="Transcriber marks">
            <h4 className="section-label">Transcriber marks ({p.marks.count})</h4>
            <p className="mark-kinds">
              {markKinds.map(([k, n]) => (
                <span key={k} className="mark-kind">
                  {plural(n, MARK_WORD[k])}
                </span>
              ))}
            </p>
            {p.marks.examples.length > 0 && (
              <p className="mark-examples">
                {[...new Set(p.marks.examples.map((m) => m.text))].slice(0, 8).map((t) => (
                  <span key={t} className="tmark">
                    {t}
                  </span>
                ))}
              </p>
            )}
          </section>
        </div>
      </div>
    </div>
  );
}
