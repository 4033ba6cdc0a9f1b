import { useState } from 'react';
import type { StudyCellRole } from '../../../shared/api/study.ts';
import { errorMessage, send } from '../../api/client.ts';
import { trackWrite } from '../../state/save-status.ts';
import type { ViewProps } from '../../state/view-props.ts';
import { PlanForm, type PlanRequest } from './plan-form.tsx';
import { PlanGrid } from './plan-grid.tsx';
import { ProgressGrid } from './progress-grid.tsx';
import { useStudy } from './use-study.ts';
import { openPackagesDialog } from '../packages/index.ts';

/**
 * A reliability study: the lead plans who codes which transcript (seeded, editable cell by cell), follows
 * each coder's progress and reveals transcripts one by one in blind mode once their coders are done.
 * A coder sees their own assignments and progress only.
 */
export function StudyView({ coder, data, reload }: ViewProps) {
  const { grid, setGrid, progress, error, setError, refresh } = useStudy(data);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const lead = coder.role === 'lead';
  const blind = data.settings.blindMode && !data.settings.revealed;

  const act = async (label: string, fn: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      await trackWrite(label, fn());
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const propose = (r: PlanRequest) =>
    act('Making the plan', async () => {
      setGrid(await send('study-plan', r));
      // New coders were added: the project's data (coder list) changes with them.
      await reload();
      refresh();
    });
  const assign = (transcriptId: string, coderId: string, role: StudyCellRole) =>
    act('Changing the plan', async () => {
      setGrid(await send('study-assign', { transcriptId, coderId, role }));
      refresh();
    });
  const reveal = (transcriptId: string, title: string) =>
    act('Revealing', async () => {
      await send('study-reveal', { transcriptIds: [transcriptId] });
      setNotice(`${title} is revealed: every coder now sees its coding, and it counts in Agreement.`);
      await reload();
    });

  const candidates = data.coders.filter((c) => c.role !== 'consensus' && c.role !== 'trainee');
  return (
    <div className="mc-page mc-page--wide study-view">
      <header className="mc-page-head">
        <div>
          <h1 className="mc-title">Study</h1>
          <p className="muted small">
            {lead
              ? 'Plan → packages → returns → progress → reveal → agreement.'
              : `Your assignments and progress, ${coder.name}. The lead plans the study.`}
          </p>
        </div>
        <div className="study-toolbar" role="toolbar" aria-label="Study actions">
          {lead && grid?.plan && (
            <button type="button" className="btn" onClick={() => openPackagesDialog('write')}>
              Write packages…
            </button>
          )}
        </div>
      </header>
      {error && (
        <div className="inline-error" role="alert">
          {error}
        </div>
      )}
      {notice && (
        <p className="study-notice" role="status">
          {notice}
        </p>
      )}
      {!grid || !progress ? (
        <p className="muted pad">Loading…</p>
      ) : lead ? (
        <div className="study-top">
          <PlanForm
            key={grid.plan?.createdAt ?? 'none'}
            candidates={candidates}
            grid={grid}
            transcriptCount={data.transcripts.length}
            busy={busy}
            onPropose={(r) => void propose(r)}
          />
          {/* Progress right under the plan it follows, so both show without scrolling on a laptop. */}
          <div className="study-main">
            <PlanGrid grid={grid} busy={busy} onAssign={(t, c, r) => void assign(t, c, r)} />
            <ProgressGrid
              progress={progress}
              canReveal
              blind={blind}
              busy={busy}
              onReveal={(id, title) => void reveal(id, title)}
            />
          </div>
        </div>
      ) : (
        <ProgressGrid progress={progress} canReveal={false} blind={blind} busy={busy} onReveal={() => undefined} />
      )}
    </div>
  );
}
