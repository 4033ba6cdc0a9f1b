import { useEffect, useMemo, useRef } from 'react';
import { isPrivilegedRole } from '../../../shared/api/coder.ts';
import { agreementAheadKey, takeAgreementAhead } from '../../state/agreement-ahead.ts';
import type { ViewProps } from '../../state/view-props.ts';
import { ViewNotice } from '../../ui/view-notice.tsx';
import { AgreementProgress } from './agreement-progress.tsx';
import { AgreementResults } from './agreement-results.tsx';
import { AgreementSide } from './agreement-side.tsx';
import { AgreementToolbar } from './agreement-toolbar.tsx';
import { useAgreementChoices } from './use-agreement-choices.ts';
import { useAgreementRun } from './use-agreement-run.ts';

/**
 * The agreement dashboard: choose transcripts and coders (or one transcript), compute on the host
 * (off the UI thread, with progress events), then classification, scales and passages with the n
 * behind every figure and a warning where n is small. Exports: codings CSV and the report.
 */
export function AgreementDashboard({ project, coder, data }: ViewProps) {
  const s = data.settings;
  const blind = s.blindMode && !s.revealed && s.revealedTranscripts.length === 0;
  const choices = useAgreementChoices({ project, data, coder });
  const { result, query, busy, error, compute, exportFile } = useAgreementRun(choices);
  const autoRan = useRef(false);

  const nameOf = useMemo(() => {
    const m = new Map(data.coders.map((c) => [c.id, c.name]));
    return (id: string) => m.get(id) ?? id;
  }, [data.coders]);
  const titleOf = useMemo(() => {
    const m = new Map(data.transcripts.map((t) => [t.id, t.title]));
    return (id: string) => m.get(id) ?? id;
  }, [data.transcripts]);

  // Show figures straight away on opening (the host computes them off the UI thread), with the answer asked
  // as the view opened if there is one: it is for these starting choices.
  useEffect(() => {
    const ahead = takeAgreementAhead(agreementAheadKey(project.path, coder.id));
    if (autoRan.current || blind || data.transcripts.length === 0) return;
    autoRan.current = true;
    void compute(ahead);
    // Only on first open; later runs are the user's.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  if (blind) {
    return (
      <div className="mc-page">
        <h1 className="mc-title">Agreement</h1>
        <ViewNotice title="Blind coding is on" tone="locked">
          <p>
            Agreement needs other coders’ work, and blind coding keeps it hidden until the lead reveals. Attune’s host
            refuses the figures until then, for everyone (leads included).
          </p>
          <p className="muted small">
            {isPrivilegedRole(coder.role)
              ? 'Reveal in Project settings when the independent coding is finished.'
              : 'Your lead reveals when everyone has finished.'}
          </p>
        </ViewNotice>
      </div>
    );
  }

  return (
    <div className="dash">
      <AgreementSide
        choices={choices}
        transcripts={data.transcripts}
        coders={data.coders}
        busy={busy}
        onCompute={() => void compute()}
      />
      <section className="dash-main" aria-label="Agreement results" aria-busy={busy !== null}>
        <AgreementToolbar result={result} busy={busy} onExport={(what, opts) => void exportFile(what, opts)} />
        {busy && <AgreementProgress task={busy} />}
        {error && (
          <div className="inline-error" role="alert">
            {error}
          </div>
        )}
        {result && query && <AgreementResults result={result} query={query} nameOf={nameOf} titleOf={titleOf} />}
      </section>
    </div>
  );
}
