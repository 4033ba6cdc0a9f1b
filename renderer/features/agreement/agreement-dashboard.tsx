import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ProjectAgreement } from '../../../shared/reliability/types.ts';
import { errorMessage, send } from '../../api/client.ts';
import { rememberedTranscriptId } from '../../state/coder-memory.ts';
import { downloadAgreementFile } from '../../ui/download.ts';
import { isPrivilegedRole } from '../../../shared/api/coder.ts';
import { formatNumber, formatPercent } from '../../../shared/reliability/format.ts';
import type { ViewProps } from '../../state/view-props.ts';
import { clearProgress, useProgress } from '../../state/progress.ts';
import { AgreementClassification } from './agreement-classification.tsx';
import { AgreementPassages } from './agreement-passages.tsx';
import { AgreementScales } from './agreement-scales.tsx';
import { AgreementTranscripts } from './agreement-transcripts.tsx';
import { CheckList } from '../../ui/check-list.tsx';
import { NCount, WarningBadge } from '../../ui/stat-value.tsx';
import { ViewNotice } from '../../ui/view-notice.tsx';

type Scope = 'project' | 'transcript';

/**
 * The agreement dashboard: choose transcripts and coders (or one transcript), compute on the host
 * (off the UI thread, with progress events), then classification, scales and passages with the n
 * behind every figure and a warning where n is small. Exports: codings CSV and the report.
 */
export function AgreementDashboard({ project, coder, data }: ViewProps) {
  const s = data.settings;
  const blind = s.blindMode && !s.revealed;
  const levels = data.codebook.codebook.classification?.levels ?? [];
  const raters = useMemo(() => data.coders.filter((c) => c.role !== 'consensus'), [data.coders]);
  const [scope, setScope] = useState<Scope>('project');
  const [one, setOne] = useState<string>(() => {
    const open = rememberedTranscriptId(project.path);
    return data.transcripts.find((t) => t.id === open)?.id ?? data.transcripts[0]?.id ?? '';
  });
  const [tIds, setTIds] = useState<Set<string>>(() => new Set(data.transcripts.map((t) => t.id)));
  const [cIds, setCIds] = useState<Set<string>>(() => new Set(raters.map((c) => c.id)));
  const [level, setLevel] = useState(levels.some((l) => l.id === '3-way') ? '3-way' : (levels[0]?.id ?? ''));
  const [threshold, setThreshold] = useState(0.5);
  const [result, setResult] = useState<ProjectAgreement | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const progress = useProgress('agreement');
  const ids = { level: useId(), threshold: useId(), one: useId() };
  const autoRan = useRef(false);

  const nameOf = useMemo(() => {
    const m = new Map(data.coders.map((c) => [c.id, c.name]));
    return (id: string) => m.get(id) ?? id;
  }, [data.coders]);
  const titleOf = useMemo(() => {
    const m = new Map(data.transcripts.map((t) => [t.id, t.title]));
    return (id: string) => m.get(id) ?? id;
  }, [data.transcripts]);

  const selection = () => {
    const transcriptIds =
      scope === 'transcript' ? (one ? [one] : []) : data.transcripts.filter((t) => tIds.has(t.id)).map((t) => t.id);
    const coderIds = data.coders.filter((c) => cIds.has(c.id)).map((c) => c.id);
    if (transcriptIds.length === 0) throw new Error('Choose at least one transcript.');
    if (coderIds.length === 0) throw new Error('Choose at least one coder.');
    return { transcriptIds, coderIds };
  };

  const compute = async () => {
    setError(null);
    setBusy('Computing agreement');
    clearProgress('agreement');
    try {
      const r = await send('agreement-compute', {
        ...selection(),
        overlapThreshold: threshold,
        ...(level ? { level } : {}),
      });
      setResult(r);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  const exportFile = async (what: 'long' | 'wide' | 'html' | 'pdf') => {
    setError(null);
    setBusy(what === 'long' || what === 'wide' ? 'Writing the CSV' : `Writing the ${what.toUpperCase()} report`);
    try {
      const sel = selection();
      const file =
        what === 'long' || what === 'wide'
          ? await send('dataset-export', { layout: what, ...sel })
          : await send('report-create', {
              format: what,
              ...sel,
              overlapThreshold: threshold,
              ...(level ? { level } : {}),
            });
      downloadAgreementFile(file);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  // Show figures straight away on opening (the host computes them off the UI thread).
  useEffect(() => {
    if (autoRan.current || blind || data.transcripts.length === 0) return;
    autoRan.current = true;
    void compute();
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

  const headline = result?.classification.find((l) => l.level === result.level);
  const overall = result?.passages.overall;
  const pctDone = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : null;

  return (
    <div className="dash">
      <aside className="dash-side" aria-label="What to compare">
        <div className="segmented" role="group" aria-label="Scope">
          <button
            type="button"
            className="segment"
            aria-pressed={scope === 'project'}
            onClick={() => setScope('project')}
          >
            Across transcripts
          </button>
          <button
            type="button"
            className="segment"
            aria-pressed={scope === 'transcript'}
            onClick={() => setScope('transcript')}
          >
            Per transcript
          </button>
        </div>
        {scope === 'transcript' ? (
          <div className="side-block">
            <label className="field-label" htmlFor={ids.one}>
              Transcript
            </label>
            <select id={ids.one} className="input" value={one} onChange={(e) => setOne(e.target.value)}>
              {data.transcripts.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.title}
                </option>
              ))}
            </select>
          </div>
        ) : (
          <CheckList
            label="Transcripts"
            items={data.transcripts.map((t) => ({ id: t.id, label: t.title }))}
            chosen={tIds}
            onChange={setTIds}
          />
        )}
        <CheckList
          label="Coders"
          items={data.coders.map((c) => ({
            id: c.id,
            label: c.name,
            hint: c.role === 'consensus' ? 'consensus (not independent)' : c.role === 'coder' ? undefined : c.role,
          }))}
          chosen={cIds}
          onChange={setCIds}
        />
        <div className="side-block side-options">
          <label className="field-label" htmlFor={ids.level}>
            Headline level
          </label>
          <select id={ids.level} className="input" value={level} onChange={(e) => setLevel(e.target.value)}>
            {levels.map((l) => (
              <option key={l.id} value={l.id}>
                {l.label}
              </option>
            ))}
          </select>
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
            value={threshold}
            onChange={(e) => {
              const v = Number(e.target.value);
              if (v > 0 && v <= 1) setThreshold(v);
            }}
          />
        </div>
        <button
          type="button"
          className="btn btn-primary btn-block"
          onClick={() => void compute()}
          disabled={busy !== null}
        >
          {busy === 'Computing agreement' ? 'Computing…' : 'Compute'}
        </button>
      </aside>

      <section className="dash-main" aria-label="Agreement results" aria-busy={busy !== null}>
        <header className="dash-toolbar">
          <div>
            <h1 className="mc-title">Agreement</h1>
            <p className="muted small">
              {result
                ? `${result.transcripts.length} transcript${result.transcripts.length === 1 ? '' : 's'} · ${result.coders.map((c) => c.name).join(', ') || 'no coder took part'} · codebook ${result.codebookKey}`
                : 'Choose transcripts and coders, then Compute.'}
            </p>
          </div>
          <div className="toolbar-actions" role="group" aria-label="Export">
            <span className="muted small">Codings CSV</span>
            <button
              type="button"
              className="btn btn-small"
              onClick={() => void exportFile('long')}
              disabled={busy !== null}
            >
              Long
            </button>
            <button
              type="button"
              className="btn btn-small"
              onClick={() => void exportFile('wide')}
              disabled={busy !== null}
            >
              Wide
            </button>
            <span className="toolbar-sep" aria-hidden="true" />
            <span className="muted small">Report</span>
            <button
              type="button"
              className="btn btn-small"
              onClick={() => void exportFile('html')}
              disabled={busy !== null}
            >
              HTML
            </button>
            <button
              type="button"
              className="btn btn-small"
              onClick={() => void exportFile('pdf')}
              disabled={busy !== null}
            >
              PDF
            </button>
          </div>
        </header>

        {busy && (
          <div className="progress-row" role="status">
            <span>{busy}…</span>
            <div
              className="progress"
              role="progressbar"
              aria-label={busy}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={pctDone ?? undefined}
            >
              <div
                className={`progress-fill${pctDone === null ? ' progress-fill--indeterminate' : ''}`}
                style={pctDone === null ? undefined : { width: `${pctDone}%` }}
              />
            </div>
            {progress && <span className="muted small">{`${progress.done} / ${progress.total}`}</span>}
          </div>
        )}
        {error && (
          <div className="inline-error" role="alert">
            {error}
          </div>
        )}

        {result && (
          <div className="dash-results" data-testid="agreement-results">
            <div className="summary-cards">
              <div className="summary-card" data-testid="headline-card">
                <span className="figure-label" title={headline?.label}>
                  Classification, {result.level}
                </span>
                <span className="figure-value">
                  {headline?.percentAgreement.value === null || !headline ? (
                    <span className="muted" title={headline?.percentAgreement.reason ?? ''}>
                      —
                    </span>
                  ) : (
                    formatPercent(headline.percentAgreement.value)
                  )}
                </span>
                <span className="figure-meta">
                  κ {formatNumber(headline?.kappa.value)} · <NCount n={headline?.n ?? 0} unit="transcripts" />{' '}
                  <WarningBadge warning={headline?.warning} />
                </span>
              </div>
              <div className="summary-card">
                <span className="figure-label">
                  Passages, <span className="no-caps">uα</span>
                </span>
                <span className="figure-value">
                  {overall?.alphaU.value === null ? (
                    <span className="muted" title={overall?.alphaU.reason ?? ''}>
                      —
                    </span>
                  ) : (
                    formatNumber(overall?.alphaU.value, 3)
                  )}
                </span>
                <span className="figure-meta">
                  F1 {formatNumber(overall?.overlap.f1)} · <NCount n={overall?.alphaU.n ?? 0} unit="spans" />{' '}
                  <WarningBadge warning={overall?.warning} />
                </span>
              </div>
              <div className="summary-card">
                <span className="figure-label">Scales compared</span>
                <span className="figure-value">{result.scales.filter((x) => x.n > 0).length}</span>
                <span className="figure-meta">scale targets rated by two or more coders</span>
              </div>
              <div className="summary-card">
                <span className="figure-label">Disagreements</span>
                <span className="figure-value">{result.disagreements.length}</span>
                <span className="figure-meta">
                  classification, scales beyond ±{result.options.scaleTolerance}, passages
                </span>
              </div>
            </div>

            <section className="dash-section" aria-labelledby="ds-class">
              <h2 className="dash-h" id="ds-class">
                Classification
              </h2>
              <AgreementClassification
                key={`${result.level}-${result.transcripts.length}`}
                result={result}
                nameOf={nameOf}
              />
            </section>
            <section className="dash-section" aria-labelledby="ds-scales">
              <h2 className="dash-h" id="ds-scales">
                Scales
              </h2>
              <AgreementScales result={result} nameOf={nameOf} titleOf={titleOf} />
            </section>
            <section className="dash-section" aria-labelledby="ds-passages">
              <h2 className="dash-h" id="ds-passages">
                Passages
              </h2>
              <AgreementPassages result={result} />
            </section>
            <section className="dash-section" aria-labelledby="ds-transcripts">
              <h2 className="dash-h" id="ds-transcripts">
                Per transcript
              </h2>
              <AgreementTranscripts result={result} nameOf={nameOf} />
            </section>
          </div>
        )}
      </section>
    </div>
  );
}
