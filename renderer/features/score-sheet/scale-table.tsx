import { Fragment, type ReactNode } from 'react';
import type { Rating } from '../../../shared/api/rating.ts';
import type { Scale } from '../../../shared/codebook/codebook-schema.ts';
import { ScaleEvidence } from './scale-evidence.tsx';
import { TARGET_LABELS, type ScaleGroupView } from './score-sheet-logic.ts';

interface Props {
  group: ScaleGroupView;
  ratings: readonly Rating[];
  /** The rating field of one scale and target, as a table cell. */
  cell: (scale: Scale, target: string) => ReactNode;
}

/** A group's per-parent and transcript scales: one row per scale, one column per target it uses. */
export function ScaleTable({ group, ratings, cell }: Props) {
  return (
    <table className="sheet-table">
      <thead>
        <tr>
          <th scope="col" className="sheet-scale-col">
            <span className="visually-hidden">Scale</span>
          </th>
          {group.columns.map((c) => (
            <th key={c} scope="col">
              {TARGET_LABELS[c]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {group.scales.map((s) => (
          <tr key={s.id}>
            <th scope="row" className="sheet-scale" title={s.description || undefined}>
              {s.label}
              <ScaleEvidence scaleId={s.id} ratings={ratings} />
            </th>
            {group.columns.map((c) =>
              s.targets.includes(c) ? (
                <Fragment key={c}>{cell(s, c)}</Fragment>
              ) : (
                <td key={c} className="score-td score-td--na" />
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
