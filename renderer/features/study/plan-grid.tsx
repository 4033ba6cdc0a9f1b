import type { StudyCellRole, StudyGrid } from '../../../shared/api/study.ts';
import { cellRole, nextRole, ROLE_WORD } from './cell-cycle.ts';

interface Props {
  grid: StudyGrid;
  busy: boolean;
  onAssign: (transcriptId: string, coderId: string, role: StudyCellRole) => void;
}

const ACTION: Record<StudyCellRole, string> = {
  primary: 'make primary',
  second: 'make second coder',
  none: 'unassign',
};

/** Transcripts × coders: who is primary and who second, a click on a cell changing it. */
export function PlanGrid({ grid, busy, onAssign }: Props) {
  const coders = grid.coders.filter((c) => c.primary + c.second > 0 || grid.plan);
  const plan = grid.plan;
  return (
    <section className="card study-plan" aria-labelledby="study-plan-title">
      <div className="card-head-row">
        <h2 className="card-title" id="study-plan-title">
          Plan
        </h2>
        {plan && (
          <p className="muted small">
            {grid.transcripts.length} transcripts · {grid.doubleCoded} double-coded · seed{' '}
            <span className="mono">{plan.seed}</span>
            {plan.stratify ? ` · stratified by ${plan.stratify}` : ''}
          </p>
        )}
      </div>
      {!plan ? (
        <p className="card-hint">No plan yet: choose coders and propose one.</p>
      ) : (
        <>
          <div className="table-wrap">
            <table className="data-table study-grid" aria-label="Plan: transcripts by coders">
              <thead>
                <tr>
                  <th scope="col">Transcript</th>
                  {plan.stratify && <th scope="col">{plan.stratify}</th>}
                  {coders.map((c) => (
                    <th key={c.id} scope="col" className="study-coder-head">
                      <span className="study-coder-name">{c.name}</span>
                      <span className="study-load">
                        {c.primary} primary · {c.second} second
                      </span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {grid.transcripts.map((t) => (
                  <tr key={t.id} className={t.coders.length === 2 ? 'study-row--double' : undefined}>
                    <th scope="row">{t.title}</th>
                    {plan.stratify && <td className="muted">{t.stratum || '—'}</td>}
                    {coders.map((c) => {
                      const role = cellRole(t.coders, c.id);
                      const next = nextRole(t.coders, c.id);
                      return (
                        <td key={c.id} className="study-cell-td">
                          <button
                            type="button"
                            className={`study-cell study-cell--${role}`}
                            disabled={busy}
                            aria-label={`${c.name} on ${t.title}: ${role === 'none' ? 'not assigned' : `${ROLE_WORD[role].toLowerCase()} coder`}; ${ACTION[next]}`}
                            title={`Click to ${ACTION[next]}`}
                            onClick={() => onAssign(t.id, c.id, next)}
                          >
                            {ROLE_WORD[role] || <span aria-hidden="true">·</span>}
                          </button>
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="table-note">
            Pairs:{' '}
            {Object.entries(grid.pairs)
              .map(([k, n]) => `${k.replace('+', ' + ')} ${n}`)
              .join(' · ') || 'none'}
            . Click a cell to assign a second coder, make a second coder primary, or unassign.
          </p>
        </>
      )}
    </section>
  );
}
