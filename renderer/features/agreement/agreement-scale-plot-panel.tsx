import { useMemo } from 'react';
import { plottedPair } from '../../../shared/reliability/scale-points.ts';
import type { ScaleAgreement, ScalePair } from '../../../shared/reliability/types.ts';
import { ScalePlot } from '../../ui/charts/scale-plot.tsx';
import type { ScalePlotMode } from '../../ui/charts/scale-plot-geometry.ts';

interface Props {
  scale: ScaleAgreement;
  pair: ScalePair;
  pairIndex: number;
  onPair: (index: number) => void;
  mode: ScalePlotMode;
  onMode: (mode: ScalePlotMode) => void;
  tolerance: number;
  nameOf: (coderId: string) => string;
  titleOf: (transcriptId: string) => string;
}

/** The chosen scale plotted for one pair of coders, as a scatter or a Bland–Altman plot. */
export function AgreementScalePlotPanel(props: Props) {
  const { scale, pair, pairIndex, onPair, mode, onMode, tolerance, nameOf, titleOf } = props;
  const plotted = useMemo(() => plottedPair(scale, pair), [scale, pair]);
  return (
    <div className="plot-panel">
      <strong className="plot-title">{scale.label}</strong>
      <div className="plot-head">
        <div className="segmented segmented--small" role="group" aria-label="Plot type">
          <button type="button" className="segment" aria-pressed={mode === 'scatter'} onClick={() => onMode('scatter')}>
            Scatter
          </button>
          <button
            type="button"
            className="segment"
            aria-pressed={mode === 'bland-altman'}
            onClick={() => onMode('bland-altman')}
          >
            Bland–Altman
          </button>
        </div>
        {scale.pairs.length > 1 && (
          <select
            className="input input-small"
            aria-label="Coder pair"
            value={pairIndex}
            onChange={(e) => onPair(Number(e.target.value))}
          >
            {scale.pairs.map((p, i) => (
              <option key={i} value={i}>
                {nameOf(p.coderA)} × {nameOf(p.coderB)} (n = {p.n})
              </option>
            ))}
          </select>
        )}
      </div>
      <ScalePlot
        pair={plotted}
        min={scale.min}
        max={scale.max}
        tolerance={tolerance}
        nameA={nameOf(pair.coderA)}
        nameB={nameOf(pair.coderB)}
        mode={mode}
        titleOf={titleOf}
      />
    </div>
  );
}
