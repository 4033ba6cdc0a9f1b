import { useId } from 'react';
import type { Coder } from '../../../shared/api/coder.ts';
import type { TranscriptSummary } from '../../../shared/api/transcript.ts';
import { CheckList } from '../../ui/check-list.tsx';
import { levelLabelParts } from './agreement-selection.ts';
import type { AgreementChoicesState } from './use-agreement-choices.ts';

interface Props {
  choices: AgreementChoicesState;
  transcripts: readonly TranscriptSummary[];
  coders: readonly Coder[];
  /** The running task, if any: Compute waits for it. */
  busy: string | null;
  onCompute: () => void;
}

/** The dashboard's side panel: what to compare (scope, transcripts, coders, level, overlap) and Compute. */
export function AgreementSide({ choices: c, transcripts, coders, busy, onCompute }: Props) {
  const ids = { level: useId(), levelDetail: useId(), threshold: useId(), one: useId() };
  const chosenLevel = c.levels.find((l) => l.id === c.level);
  const detail = chosenLevel ? levelLabelParts(chosenLevel.label).detail : null;
  return (
    <aside className="dash-side" aria-label="What to compare">
      <div className="segmented" role="group" aria-label="Scope">
        <button
          type="button"
          className="segment"
          aria-pressed={c.scope === 'project'}
          onClick={() => c.setScope('project')}
        >
          Across transcripts
        </button>
        <button
          type="button"
          className="segment"
          aria-pressed={c.scope === 'transcript'}
          onClick={() => c.setScope('transcript')}
        >
          Per transcript
        </button>
      </div>
      {c.scope === 'transcript' ? (
        <div className="side-block">
          <label className="field-label" htmlFor={ids.one}>
            Transcript
          </label>
          <select id={ids.one} className="input" value={c.one} onChange={(e) => c.setOne(e.target.value)}>
            {transcripts.map((t) => (
              <option key={t.id} value={t.id}>
                {t.title}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <CheckList
          label="Transcripts"
          items={transcripts.map((t) => ({ id: t.id, label: t.title }))}
          chosen={c.transcriptIds}
          onChange={c.setTranscriptIds}
        />
      )}
      <CheckList
        label="Coders"
        items={coders.map((x) => ({
          id: x.id,
          label: x.name,
          hint:
            x.role === 'consensus'
              ? 'consensus (not independent)'
              : x.role === 'trainee'
                ? 'trainee (left out unless ticked)'
                : x.role === 'coder'
                  ? undefined
                  : x.role,
        }))}
        chosen={c.coderIds}
        onChange={c.setCoderIds}
      />
      <div className="side-block side-options">
        <label className="field-label" htmlFor={ids.level}>
          Headline level
        </label>
        <select
          id={ids.level}
          className="input"
          value={c.level}
          aria-describedby={detail ? ids.levelDetail : undefined}
          title={chosenLevel?.label}
          onChange={(e) => c.setLevel(e.target.value)}
        >
          {c.levels.map((l) => (
            <option key={l.id} value={l.id}>
              {levelLabelParts(l.label).name}
            </option>
          ))}
        </select>
        {detail && (
          <p className="side-hint muted small" id={ids.levelDetail}>
            {detail}
          </p>
        )}
        <label className="field-label" htmlFor={ids.threshold}>
          Span overlap (Jaccard) to match
        </label>
        <input
          id={ids.threshold}
          className="input"
          type="number"
          min={0.05}
          max={1}
          step={0.05}
          value={c.threshold}
          onChange={(e) => {
            const v = Number(e.target.value);
            if (v > 0 && v <= 1) c.setThreshold(v);
          }}
        />
      </div>
      <button type="button" className="btn btn-primary btn-block" onClick={onCompute} disabled={busy !== null}>
        {busy === 'Computing agreement' ? 'Computing…' : 'Compute'}
      </button>
    </aside>
  );
}
