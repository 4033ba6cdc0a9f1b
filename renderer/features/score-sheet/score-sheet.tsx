import { Fragment, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Annotation } from '../../../shared/api/annotation.ts';
import type { Rating } from '../../../shared/api/rating.ts';
import type { Codebook, Scale } from '../../../shared/codebook/codebook-schema.ts';
import type { CodeLook } from '../transcript/index.ts';
import {
  eventLabel,
  eventTarget,
  formatValue,
  groupScales,
  reportedValue,
  TARGET_LABELS,
  type RatingInput,
} from './score-sheet-logic.ts';
import {
  addEvent,
  linkHighlight,
  rate,
  removeEvent,
  setRatingNote,
  updateEvent,
  type CodingData,
  type Owner,
} from '../../state/coding-data.ts';
import { highlightsByEvent } from '../highlights/index.ts';
import { EventIndicators } from './event-indicators.tsx';
import { EventsEditor } from './events-editor.tsx';
import { ScoreCell } from './score-cell.tsx';
import { ScoreDetail } from './score-detail.tsx';

interface Props {
  owner: Owner;
  codebook: Codebook;
  data: CodingData;
  annotations: readonly Annotation[];
  text: string;
  lookOf: (codeId: string) => CodeLook;
  onJump: (annotation: Annotation) => void;
}

const ignore = () => {
  // Failed writes are reported by the save indicator and error banner.
};

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

  const ratingOf = (scaleId: string, target: string): Rating | null =>
    data.ratings.find((r) => r.scaleId === scaleId && r.target === target) ?? null;
  const targetLabel = (target: string): string => {
    if (!target.startsWith('event:')) return TARGET_LABELS[target as keyof typeof TARGET_LABELS] ?? target;
    const i = data.events.findIndex((e) => e.id === target.slice(6));
    const ev = data.events[i];
    return ev ? eventLabel(ev, i) : 'Deleted event';
  };
  const label = (scale: Scale, target: string) => `Rate ${scale.label} (${targetLabel(target).toLowerCase()})`;

  const commit = (scale: Scale, target: string, input: RatingInput) => {
    if (input.kind === 'error') return;
    const next =
      input.kind === 'clear'
        ? null
        : input.kind === 'not-rateable'
          ? { value: null, notRateable: true }
          : { value: input.value, notRateable: false };
    rate(owner, scale.id, target, next, label(scale, target)).catch(ignore);
  };

  const cell = (scale: Scale, target: string) => {
    const key = `${scale.id}|${target}`;
    const isSelected = selected?.scaleId === scale.id && selected.target === target;
    const rating = ratingOf(scale.id, target);
    return (
      <td
        className={`score-td${isSelected ? ' score-td--selected' : ''}`}
        data-links={rating?.links.length || undefined}
      >
        <ScoreCell
          scale={scale}
          target={target}
          label={`${scale.label}, ${targetLabel(target)}`}
          rating={rating}
          selected={isSelected}
          onSelect={() => {
            setSelected({ scaleId: scale.id, target });
            if (error && error.key !== key) setError(null);
          }}
          onCommit={(input) => commit(scale, target, input)}
          onError={(message) => setError(message ? { key, message } : null)}
        />
      </td>
    );
  };

  const linkCount = (scale: Scale) =>
    data.ratings.filter((r) => r.scaleId === scale.id).reduce((n, r) => n + r.links.length, 0);
  const evidence = (scale: Scale) => {
    const n = linkCount(scale);
    return n > 0 ? (
      <span className="scale-evidence" title="Highlights linked to these ratings as evidence">
        {n} linked
      </span>
    ) : null;
  };

  // The detail pane comes after every field, and Tab through them selects each in turn: Alt+Enter in a
  // field goes straight to its detail (to the point the field shows, which may not be saved yet), Esc
  // in the detail comes back.
  const sheetRef = useRef<HTMLElement>(null);
  const onSheetKey = (e: KeyboardEvent<HTMLElement>) => {
    const t = e.target as HTMLElement;
    const detail = sheetRef.current?.querySelector<HTMLElement>('section.score-detail');
    if (
      e.key === 'Enter' &&
      e.altKey &&
      !e.ctrlKey &&
      !e.metaKey &&
      !e.shiftKey &&
      t instanceof HTMLInputElement &&
      t.matches('.score-input') &&
      detail
    ) {
      e.preventDefault();
      const shown = t.value.trim().toLowerCase();
      const points = [...detail.querySelectorAll<HTMLElement>('.score-points button')];
      const target =
        points.find((b) => b.getAttribute('aria-label') === shown) ??
        (shown === 'n' || shown === 'nr' ? detail.querySelector<HTMLElement>('.score-nr') : null) ??
        detail.querySelector<HTMLElement>('[aria-pressed="true"]') ??
        points[0];
      target?.focus();
    } else if (e.key === 'Escape' && detail?.contains(t)) {
      e.preventDefault(); // not the coding view's Esc (close the highlight)
      sheetRef.current?.querySelector<HTMLElement>('input.score-input--selected')?.focus();
    }
  };

  // A button disabled or removed under the keyboard (the detail's Clear once nothing is rated) must not
  // leave focus on the page: it goes back to the selected rating field.
  const lastFocus = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const last = lastFocus.current;
    const now = document.activeElement;
    if (!last || !(now === null || now === document.body || now === last)) return;
    if (last.isConnected && !last.matches(':disabled')) return;
    sheetRef.current?.querySelector<HTMLElement>('input.score-input--selected')?.focus();
  });

  const sel = selected ? codebook.scales.find((s) => s.id === selected.scaleId) : undefined;
  const selTargetExists =
    selected &&
    (!selected.target.startsWith('event:') || data.events.some((e) => eventTarget(e.id) === selected.target));

  return (
    <section
      ref={sheetRef}
      className="score-sheet"
      aria-label="Score sheet"
      onKeyDown={onSheetKey}
      onFocus={(e) => (lastFocus.current = e.target)}
    >
      <div className="score-scroll">
        <p className="sheet-hint">
          Type a rating (<kbd>4.5</kbd>), <kbd>N</kbd> for not rateable, <kbd>↑</kbd>/<kbd>↓</kbd> to step;{' '}
          <kbd>Enter</kbd> or <kbd>Tab</kbd> saves;{' '}
          <span className="keys">
            <kbd>Alt</kbd>+<kbd>Enter</kbd>
          </span>{' '}
          opens its whole scale, note and links (<kbd>Esc</kbd> back).
        </p>
        {groups.length === 0 && <p className="muted small pad">This codebook defines no scales.</p>}
        {groups.map((g) => (
          <div key={g.name} className="sheet-group" role="group" aria-label={g.name}>
            <h3 className="sheet-group-title">{g.name}</h3>
            {g.scales.length > 0 && (
              <table className="sheet-table">
                <thead>
                  <tr>
                    <th scope="col" className="sheet-scale-col">
                      <span className="visually-hidden">Scale</span>
                    </th>
                    {g.columns.map((c) => (
                      <th key={c} scope="col">
                        {TARGET_LABELS[c]}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {g.scales.map((s) => (
                    <tr key={s.id}>
                      <th scope="row" className="sheet-scale" title={s.description || undefined}>
                        {s.label}
                        {evidence(s)}
                      </th>
                      {g.columns.map((c) =>
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
            )}
            {g.eventScales.length > 0 && (
              <>
                <EventsEditor
                  events={data.events}
                  onAdd={(kind) => addEvent(owner, { kind, who: '', speakerAge: '', note: '' }).catch(ignore)}
                  onUpdate={(id, f) => updateEvent(owner, id, f).catch(ignore)}
                  onDelete={(id) =>
                    removeEvent(
                      owner,
                      id,
                      (byEvent.get(id) ?? []).map((a) => a.id),
                    ).catch(ignore)
                  }
                />
                {data.events.length > 0 && (
                  <table className="sheet-table sheet-table--events">
                    <thead>
                      <tr>
                        <th scope="col" className="sheet-scale-col">
                          Event
                        </th>
                        {g.eventScales.map((s) => (
                          <th key={s.id} scope="col" title={s.description || undefined}>
                            {s.label}
                            {evidence(s)}
                          </th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {data.events.map((ev, i) => (
                        <tr key={ev.id}>
                          <th scope="row" className="sheet-scale">
                            {eventLabel(ev, i)}
                            <EventIndicators
                              name={eventLabel(ev, i)}
                              linked={byEvent.get(ev.id) ?? []}
                              onJump={onJump}
                            />
                          </th>
                          {g.eventScales.map((s) => (
                            <Fragment key={s.id}>{cell(s, eventTarget(ev.id))}</Fragment>
                          ))}
                        </tr>
                      ))}
                    </tbody>
                    <tfoot>
                      <tr>
                        <th scope="row" className="sheet-scale">
                          Reported <span className="muted">(highest)</span>
                        </th>
                        {g.eventScales.map((s) => {
                          const rep = s.aggregate === 'max' ? reportedValue(s, data.ratings, data.events) : null;
                          const from = rep?.eventId ? data.events.findIndex((e) => e.id === rep.eventId) : -1;
                          const fromEvent = data.events[from];
                          return (
                            <td
                              key={s.id}
                              className="score-reported"
                              data-testid={`reported-${s.id}`}
                              aria-label={`${s.label}, reported (highest)`}
                            >
                              {s.aggregate !== 'max' ? (
                                <span className="muted small">not aggregated</span>
                              ) : rep === null ? (
                                <span className="muted">–</span>
                              ) : rep.notRateable ? (
                                'NR'
                              ) : (
                                <>
                                  <strong>{formatValue(rep.value ?? 0)}</strong>
                                  {fromEvent && (
                                    <span className="score-reported-from"> {eventLabel(fromEvent, from)}</span>
                                  )}
                                </>
                              )}
                            </td>
                          );
                        })}
                      </tr>
                    </tfoot>
                  </table>
                )}
              </>
            )}
          </div>
        ))}
      </div>
      {sel && selected && selTargetExists ? (
        <ScoreDetail
          key={`${selected.scaleId}|${selected.target}`}
          scale={sel}
          targetLabel={targetLabel(selected.target)}
          rating={ratingOf(sel.id, selected.target)}
          error={error?.key === `${sel.id}|${selected.target}` ? error.message : null}
          annotations={annotations}
          text={text}
          lookOf={lookOf}
          onRate={(next) => rate(owner, sel.id, selected.target, next, label(sel, selected.target)).catch(ignore)}
          onNote={(note) =>
            setRatingNote(
              owner,
              sel.id,
              selected.target,
              note,
              `Note on ${sel.label} (${targetLabel(selected.target).toLowerCase()})`,
            ).catch(ignore)
          }
          onLink={(id, on) =>
            linkHighlight(
              owner,
              sel.id,
              selected.target,
              id,
              on,
              `${on ? 'Link' : 'Unlink'} highlight on ${sel.label}`,
            ).catch(ignore)
          }
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
