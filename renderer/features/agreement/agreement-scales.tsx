import { useState } from 'react';
import type { AgreementSummary } from '../../../shared/api/agreement.ts';
import type { ScalePlotMode } from '../../ui/charts/scale-plot-geometry.ts';
import { AgreementScalePlotPanel } from './agreement-scale-plot-panel.tsx';
import { AgreementScalesTable, scaleKey } from './agreement-scales-table.tsx';

interface Props {
  result: AgreementSummary;
  nameOf: (coderId: string) => string;
  titleOf: (transcriptId: string) => string;
}

/** ICCs, weighted kappa, mean |difference| and share within tolerance per scale; a plot of the chosen one. */
export function AgreementScales({ result, nameOf, titleOf }: Props) {
  const rows = result.scales.filter((s) => s.n > 0);
  const [chosen, setChosen] = useState<string | null>(rows[0] ? scaleKey(rows[0]) : null);
  const [pairIndex, setPairIndex] = useState(0);
  const [mode, setMode] = useState<ScalePlotMode>('scatter');
  const scale = rows.find((s) => scaleKey(s) === chosen) ?? rows[0];
  const pair = scale?.pairs[Math.min(pairIndex, (scale?.pairs.length ?? 1) - 1)];
  const tol = result.options.scaleTolerance;
  if (rows.length === 0)
    return <p className="muted">No scale was rated by two or more of the chosen coders on the same transcript.</p>;
  return (
    <div className="split split--chart">
      <AgreementScalesTable
        rows={rows}
        hiddenCount={result.scales.length - rows.length}
        tolerance={tol}
        selectedKey={scaleKey(scale!)}
        onRowClick={(key) => {
          setChosen(key);
          setPairIndex(0);
        }}
        onChoose={setChosen}
      />
      {scale && pair && (
        <AgreementScalePlotPanel
          scale={scale}
          pair={pair}
          pairIndex={pairIndex}
          onPair={setPairIndex}
          mode={mode}
          onMode={setMode}
          tolerance={tol}
          nameOf={nameOf}
          titleOf={titleOf}
        />
      )}
    </div>
  );
}
