import { useCallback, useId, useMemo, useState } from 'react';
import { isPrivilegedRole } from '../../../shared/api/coder.ts';
import { rememberedTranscriptId } from '../../state/coder-memory.ts';
import type { ViewProps } from '../../state/view-props.ts';
import { ViewNotice } from '../../ui/view-notice.tsx';
import { ConsensusClassification } from './consensus-classification.tsx';
import { ConsensusEvents } from './consensus-events.tsx';
import { ConsensusHighlights } from './consensus-highlights.tsx';
import { ConsensusRatings } from './consensus-ratings.tsx';
import { useConsensusRecord } from './use-consensus-record.ts';

/**
 * The consensus record of one transcript, built by accepting items from the independent codings
 * (each with a rationale) or editing them. The independent codings are never changed.
 */
export function ConsensusBuilder({ project, coder, data }: ViewProps) {
  const s = data.settings;
  const allowed = isPrivilegedRole(coder.role);
  const blind = s.blindMode && !s.revealed && s.revealedTranscripts.length === 0;
  const [transcriptId, setTranscriptId] = useState<string>(() => {
    const open = rememberedTranscriptId(project.path);
    return data.transcripts.find((t) => t.id === open)?.id ?? data.transcripts[0]?.id ?? '';
  });
  const selectId = useId();
  const raters = useMemo(() => data.coders.filter((c) => c.role !== 'consensus'), [data.coders]);
  const { loaded, error, act } = useConsensusRecord(allowed && !blind, transcriptId, raters);
  const cb = data.codebook.codebook;
  const nameOf = useCallback(
    (id: string | null) => data.coders.find((c) => c.id === id)?.name ?? 'another coder',
    [data.coders],
  );

  if (!allowed)
    return (
      <div className="mc-page">
        <h1 className="mc-title">Consensus</h1>
        <ViewNotice title="For leads and trainers" tone="locked">
          A consensus coding is built in conference by a lead or trainer, from the independent codings (which stay as
          they are). You are coding as {coder.name} ({coder.role}); the consensus you may see appears in the review once
          it exists.
        </ViewNotice>
      </div>
    );
  if (blind)
    return (
      <div className="mc-page">
        <h1 className="mc-title">Consensus</h1>
        <ViewNotice title="Blind coding is on" tone="locked">
          A consensus compares coders’ work, which stays hidden until you reveal it in Project settings.
        </ViewNotice>
      </div>
    );

  return (
    <div className="mc-page mc-page--wide consensus">
      <header className="mc-page-head">
        <div>
          <h1 className="mc-title">Consensus</h1>
          <p className="muted small">
            A separate record: accepting copies an item, with your rationale; the independent codings stay unchanged.
          </p>
        </div>
        <div className="field-row">
          <label className="field-label" htmlFor={selectId}>
            Transcript
          </label>
          <select
            id={selectId}
            className="input"
            value={transcriptId}
            onChange={(e) => setTranscriptId(e.target.value)}
          >
            {data.transcripts.map((t) => (
              <option key={t.id} value={t.id}>
                {t.title}
              </option>
            ))}
          </select>
        </div>
      </header>
      {error && (
        <div className="inline-error" role="alert">
          {error}
        </div>
      )}
      {!loaded ? (
        <p className="muted">Loading…</p>
      ) : loaded.work.length === 0 ? (
        <ViewNotice title="Nothing to build from yet">No coder has coded this transcript.</ViewNotice>
      ) : (
        <>
          <ConsensusClassification
            transcriptId={transcriptId}
            loaded={loaded}
            scheme={cb.classification}
            nameOf={nameOf}
            act={act}
          />
          <ConsensusRatings transcriptId={transcriptId} loaded={loaded} scales={cb.scales} nameOf={nameOf} act={act} />
          <ConsensusEvents
            transcriptId={transcriptId}
            work={loaded.work}
            consensus={loaded.consensus}
            scales={cb.scales}
            nameOf={nameOf}
            act={act}
          />
          <ConsensusHighlights transcriptId={transcriptId} loaded={loaded} codes={cb.codes} nameOf={nameOf} act={act} />
        </>
      )}
    </div>
  );
}
