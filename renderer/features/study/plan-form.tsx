import { useEffect, useId, useState, type FormEvent } from 'react';
import type { Coder } from '../../../shared/api/coder.ts';
import type { StudyGrid } from '../../../shared/api/study.ts';
import { newSeed } from './cell-cycle.ts';
import { CoderChoices } from './coder-choices.tsx';

export interface PlanRequest {
  coders: string[];
  overlap: number;
  seed: number;
  stratify?: string;
}

interface Props {
  /** Coders who can be planned (no trainees, no consensus). */
  candidates: readonly Coder[];
  grid: StudyGrid;
  transcriptCount: number;
  busy: boolean;
  onPropose: (r: PlanRequest) => void;
}

/** Coders (with new names), overlap, seed and stratify field for a proposed plan. */
export function PlanForm({ candidates, grid, transcriptCount, busy, onPropose }: Props) {
  const ids = useId();
  const planned = new Set(grid.coders.filter((c) => c.primary + c.second > 0).map((c) => c.name));
  const [chosen, setChosen] = useState<Set<string>>(
    () => new Set(planned.size ? planned : candidates.filter((c) => c.role !== 'lead').map((c) => c.name)),
  );
  const [added, setAdded] = useState<string[]>([]);
  const [percent, setPercent] = useState(() => String(Math.round((grid.plan?.overlap ?? 0.25) * 100)));
  const [seed, setSeed] = useState(() => String(grid.plan?.seed ?? newSeed()));
  const [stratify, setStratify] = useState(grid.plan?.stratify ?? '');
  useEffect(() => {
    if (grid.plan) setSeed(String(grid.plan.seed));
  }, [grid.plan]);

  const names = [...candidates.map((c) => c.name), ...added];
  const overlap = Number(percent) / 100;
  const overlapOk = percent.trim() !== '' && overlap >= 0 && overlap <= 1;
  const seedOk = /^\d{1,10}$/.test(seed) && Number(seed) <= 0xffffffff;
  const doubled = overlapOk ? Math.round(overlap * transcriptCount) : 0;
  const tooFew = doubled > 0 && chosen.size < 2;
  const toggle = (name: string) =>
    setChosen((s) => {
      const next = new Set(s);
      if (next.has(name)) next.delete(name);
      else next.add(name);
      return next;
    });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!overlapOk || !seedOk || chosen.size === 0 || tooFew) return;
    onPropose({
      coders: names.filter((n) => chosen.has(n)),
      overlap,
      seed: Number(seed),
      ...(stratify ? { stratify } : {}),
    });
  };

  return (
    <form className="card study-form" onSubmit={submit} aria-labelledby={`${ids}-t`}>
      <h2 className="card-title" id={`${ids}-t`}>
        {grid.plan ? 'Plan again' : 'Plan the study'}
      </h2>
      <p className="card-hint">
        Every transcript gets one primary coder; a random reliability subset gets a second coder, with pairs balanced.
      </p>
      <CoderChoices
        names={names}
        added={added}
        chosen={chosen}
        onToggle={toggle}
        onAdd={(name) => {
          if (!names.some((n) => n.toLowerCase() === name.toLowerCase())) setAdded((x) => [...x, name]);
          setChosen((x) => new Set(x).add(names.find((n) => n.toLowerCase() === name.toLowerCase()) ?? name));
        }}
      />
      <div className="study-fields">
        <label className="field-label" htmlFor={`${ids}-o`}>
          Double-coded
        </label>
        <div className="study-inline">
          <input
            id={`${ids}-o`}
            className="input input-small study-num"
            type="number"
            min={0}
            max={100}
            step={1}
            value={percent}
            aria-invalid={!overlapOk}
            onChange={(e) => setPercent(e.target.value)}
          />
          <span>% of {transcriptCount}</span>
          <span className="muted small">= {doubled} transcript(s)</span>
        </div>
        <label className="field-label" htmlFor={`${ids}-s`}>
          Seed
        </label>
        <div className="study-inline">
          <input
            id={`${ids}-s`}
            className="input input-small study-seed mono"
            inputMode="numeric"
            value={seed}
            aria-invalid={!seedOk}
            onChange={(e) => setSeed(e.target.value.trim())}
          />
          <button type="button" className="btn btn-small" onClick={() => setSeed(String(newSeed()))}>
            New seed
          </button>
        </div>
        <label className="field-label" htmlFor={`${ids}-f`}>
          Stratify by
        </label>
        <select
          id={`${ids}-f`}
          className="input input-small"
          value={stratify}
          onChange={(e) => setStratify(e.target.value)}
        >
          <option value="">No stratification</option>
          {grid.fields.map((f) => (
            <option key={f} value={f}>
              {f}
            </option>
          ))}
        </select>
      </div>
      {tooFew && <p className="field-error">Double coding needs at least two coders.</p>}
      <button
        type="submit"
        className="btn btn-primary btn-block"
        disabled={busy || !overlapOk || !seedOk || chosen.size === 0 || tooFew || transcriptCount === 0}
      >
        {grid.plan ? 'Propose a new plan' : 'Propose plan'}
      </button>
      {grid.plan && <p className="table-note">A new plan replaces the current one; the audit log keeps both.</p>}
    </form>
  );
}
