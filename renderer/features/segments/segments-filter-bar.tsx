import { useId } from 'react';
import type { StoredCodebook } from '../../../shared/api/codebook.ts';
import type { Coder } from '../../../shared/api/coder.ts';
import type { TranscriptSummary } from '../../../shared/api/transcript.ts';
import { NO_FILTERS, type SegmentFilterState } from './segment-filters.ts';

interface Props {
  filters: SegmentFilterState;
  onChange: (next: SegmentFilterState) => void;
  transcripts: TranscriptSummary[];
  coders: Coder[];
  codebook: StoredCodebook;
}

/** The AAI protocol's twenty questions; a project's sections use these numbers. */
const QUESTIONS = Array.from({ length: 20 }, (_, i) => i + 1);

/** Filters over every highlight: transcript, code or code group, coder, question, severity, event link and words. */
export function SegmentsFilterBar({ filters: f, onChange, transcripts, coders, codebook }: Props) {
  const set = (patch: Partial<SegmentFilterState>) => onChange({ ...f, ...patch });
  const { groups, codes } = codebook.codebook;
  const idBase = useId();
  const field = (label: string, control: (id: string) => React.ReactNode) => (
    <div className="seg-field">
      <label className="field-label" htmlFor={`${idBase}-${label}`}>
        {label}
      </label>
      {control(`${idBase}-${label}`)}
    </div>
  );
  return (
    <div className="seg-filters" role="group" aria-label="Filter highlights">
      {field('Code', (id) => (
        <select id={id} className="input" value={f.code} onChange={(e) => set({ code: e.target.value })}>
          <option value="">All codes</option>
          {groups.map((g) => (
            <optgroup key={g.id} label={g.label}>
              <option value={`group:${g.id}`}>All {g.label.toLowerCase()} codes</option>
              {codes
                .filter((c) => c.group === g.id)
                .map((c) => (
                  <option key={c.id} value={`code:${c.id}`}>
                    {c.label}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      ))}
      {field('Coder', (id) => (
        <select id={id} className="input" value={f.coderId} onChange={(e) => set({ coderId: e.target.value })}>
          <option value="">All coders</option>
          {coders.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      ))}
      {field('Transcript', (id) => (
        <select
          id={id}
          className="input"
          value={f.transcriptId}
          onChange={(e) => set({ transcriptId: e.target.value })}
        >
          <option value="">All transcripts</option>
          {transcripts.map((t) => (
            <option key={t.id} value={t.id}>
              {t.title}
            </option>
          ))}
        </select>
      ))}
      {field('Question', (id) => (
        <select id={id} className="input" value={f.section} onChange={(e) => set({ section: e.target.value })}>
          <option value="">All questions</option>
          <option value="none">Unnumbered or before Q1</option>
          {QUESTIONS.map((n) => (
            <option key={n} value={String(n)}>
              Q{n}
            </option>
          ))}
        </select>
      ))}
      {field('Severity', (id) => (
        <select id={id} className="input" value={f.severity} onChange={(e) => set({ severity: e.target.value })}>
          <option value="">Any</option>
          <option value="1">1 mild</option>
          <option value="2">2 moderate</option>
          <option value="3">3 marked</option>
          <option value="none">None given</option>
        </select>
      ))}
      {field('Event', (id) => (
        <select id={id} className="input" value={f.event} onChange={(e) => set({ event: e.target.value })}>
          <option value="">Any</option>
          <option value="linked">Linked to an event</option>
          <option value="unlinked">Not linked</option>
        </select>
      ))}
      {field('Words', (id) => (
        <input
          id={id}
          className="input"
          type="search"
          placeholder="In text or note…"
          value={f.text}
          onChange={(e) => set({ text: e.target.value })}
        />
      ))}
      <button
        type="button"
        className="link-btn seg-reset"
        onClick={() => onChange(NO_FILTERS)}
        disabled={JSON.stringify(f) === JSON.stringify(NO_FILTERS)}
      >
        Clear filters
      </button>
    </div>
  );
}
