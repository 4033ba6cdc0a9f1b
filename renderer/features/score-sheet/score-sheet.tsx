import { useMemo, useRef, useState } from 'react';
import type { Annotation } from '../../../shared/api/annotation.ts';
import type { Rating } from '../../../shared/api/rating.ts';
import type { Codebook, Scale } from '../../../shared/codebook/codebook-schema.ts';
import type { CodingData, Owner } from '../../state/coding-data.ts';
import { highlightsByEvent } from '../highlights/index.ts';
import type { CodeLook } from '../transcript/index.ts';
import { RatingCell } from './rating-cell.tsx';
import { ScoreDetail } from './score-detail.tsx';
import { eventTarget, groupScales, ratingFromInput, targetLabel } from './score-sheet-logic.ts';
import { SheetGroup } from './sheet-group.tsx';
import { SheetHint } from './sheet-hint.tsx';
import { sheetWrites } from './sheet-writes.ts';
import { useSheetKeyboard } from './use-sheet-keyboard.ts';

interface Props {
  owner: Owner;
  codebook: Codebook;
  data: CodingData;
  annotations: readonly Annotation[];
  text: string;
  lookOf: (codeId: string) => CodeLook;
  onJump: (annotation: Annotation) => void;
}

/**
 * The transcript-level scales, grouped as the codebook groups them: per-parent scales in mother /
 * father / other columns, transcript scales in one column, unresolved scales one row per loss or
 * trauma event with the reported (highest) value below. Ratings are the coder's judgement: tag
 * counts never compute one; linked highlights are shown as the evidence.
 */
export function ScoreSheet({ owner, codebook, data, annotations, text, lookOf, onJump }: Props) {
  const groups = useMemo(
    () => groupScales(codebook.scales, new Set(data.ratings.map((r) => r.scaleId))),
    [codebook.scales, data.ratings],
  );
  const byEvent = useMemo(() => highlightsByEvent(annotations), [annotations]);
  const [selected, setSelected] = useState<{ scaleId: string; target: string } | null>(null);
  const [error, setError] = useState<{ key: string; message: string } | null>(null);
  const sheetRef = useRef<HTMLElement>(null);
  const keyboard = useSheetKeyboard(sheetRef);
  const writes = sheetWrites(owner, data.events);

  const ratingOf = (scaleId: string, target: string): Rating | null =>
    data.ratings.find((r) => r.scaleId === scaleId && r.target === target) ?? null;
  const labelOf = (target: string) => targetLabel(target, data.events);

  const cell = (scale: Scale, target: string) => {
    const key = `${scale.id}|${target}`;
    return (
      <RatingCell
        scale={scale}
        target={target}
        targetLabel={labelOf(target)}
        rating={ratingOf(scale.id, target)}
        selected={selected?.scaleId === scale.id && selected.target === target}
        onSelect={() => {
          setSelected({ scaleId: scale.id, target });
          if (error && error.key !== key) setError(null);
        }}
        onCommit={(input) => {
          if (input.kind !== 'error') void writes.rate(scale, target, ratingFromInput(input));
        }}
        onError={(message) => setError(message ? { key, message } : null)}
      />
    );
  };

  const sel = selected ? codebook.scales.find((s) => s.id === selected.scaleId) : undefined;
  const selTargetExists =
    selected &&
    (!selected.target.startsWith('event:') || data.events.some((e) => eventTarget(e.id) === selected.target));

  return (
    <section
      ref={sheetRef}
      className="score-sheet"
      aria-label="Score sheet"
      onKeyDown={keyboard.onKeyDown}
      onFocus={keyboard.onFocus}
    >
      <div className="score-scroll">
        <SheetHint />
        {groups.length === 0 && <p className="muted small pad">This codebook defines no scales.</p>}
        {groups.map((g) => (
          <SheetGroup
            key={g.name}
            group={g}
            data={data}
            byEvent={byEvent}
            writes={writes}
            onJump={onJump}
            cell={cell}
          />
        ))}
      </div>
      {sel && selected && selTargetExists ? (
        <ScoreDetail
          key={`${selected.scaleId}|${selected.target}`}
          scale={sel}
          targetLabel={labelOf(selected.target)}
          rating={ratingOf(sel.id, selected.target)}
          error={error?.key === `${sel.id}|${selected.target}` ? error.message : null}
          annotations={annotations}
          text={text}
          lookOf={lookOf}
          onRate={(next) => writes.rate(sel, selected.target, next)}
          onNote={(note) => writes.note(sel, selected.target, note)}
          onLink={(id, on) => writes.link(sel, selected.target, id, on)}
          onJump={onJump}
        />
      ) : (
        <p className="score-detail score-detail--empty muted small">
          Choose a rating field to see the whole scale, a note, and the highlights that justify it.
        </p>
      )}
    </section>
  );
}
