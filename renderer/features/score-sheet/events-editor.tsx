import { useEffect, useRef, useState } from 'react';
import { BlurField } from './blur-field.tsx';
import type { LossEvent } from '../../../shared/api/event.ts';
import type { EventFields } from '../../state/coding-data.ts';
import { eventLabel } from './score-sheet-logic.ts';

interface Props {
  events: readonly LossEvent[];
  onAdd: (kind: LossEvent['kind']) => void;
  onUpdate: (id: string, fields: Partial<EventFields>) => void;
  onDelete: (id: string) => void;
}

/** Losses and traumas the speaker reports: each gets its own row of unresolved ratings. */
export function EventsEditor({ events, onAdd, onUpdate, onDelete }: Props) {
  const [confirming, setConfirming] = useState<string | null>(null);
  // The keyboard stays in the list: Keep takes focus (the safe choice) and gives it back to the row's ✕;
  // a deleted row leaves it on + Loss.
  const [kept, setKept] = useState<string | null>(null);
  const addLoss = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);
  // + Loss / + Trauma: the keyboard goes on in the new row's first field to fill in (who), not on the button.
  const focusNew = useRef<number | null>(null);
  const add = (kind: LossEvent['kind']) => {
    focusNew.current = events.length;
    onAdd(kind);
  };
  useEffect(() => {
    const before = focusNew.current;
    if (before === null || events.length <= before) return;
    focusNew.current = null;
    list.current?.querySelectorAll<HTMLInputElement>('.event-who')[events.length - 1]?.focus();
  }, [events.length]);
  return (
    <div className="events-editor">
      <div className="events-head">
        <h4 className="events-title">Losses and traumas</h4>
        <span className="events-add">
          <button ref={addLoss} type="button" className="btn btn-small" onClick={() => add('loss')}>
            + Loss
          </button>
          <button type="button" className="btn btn-small" onClick={() => add('trauma')}>
            + Trauma
          </button>
        </span>
      </div>
      {events.length === 0 && (
        <p className="muted small">
          No events yet. Add each loss or trauma the speaker reports; each is rated for unresolved status.
        </p>
      )}
      <ul className="events-list" ref={list}>
        {events.map((ev, i) => {
          const name = eventLabel(ev, i);
          return (
            <li key={ev.id} className="event-row" aria-label={name}>
              <select
                className="input input-small event-kind"
                aria-label={`Kind of ${name}`}
                value={ev.kind}
                onChange={(e) => onUpdate(ev.id, { kind: e.target.value as LossEvent['kind'] })}
              >
                <option value="loss">Loss</option>
                <option value="trauma">Trauma</option>
              </select>
              <BlurField
                className="event-who"
                value={ev.who}
                label={`Who (${name})`}
                placeholder="Who (e.g. grandmother)"
                onSave={(who) => onUpdate(ev.id, { who })}
              />
              <BlurField
                className="event-age"
                value={ev.speakerAge}
                label={`Speaker's age (${name})`}
                placeholder="Age"
                onSave={(speakerAge) => onUpdate(ev.id, { speakerAge })}
              />
              <BlurField
                className="event-note"
                value={ev.note}
                label={`Note (${name})`}
                placeholder="Note"
                onSave={(note) => onUpdate(ev.id, { note })}
              />
              {confirming === ev.id ? (
                <span className="confirm-row">
                  {/* Keep first: Tab reaches the safe choice before the destructive one. */}
                  <button
                    type="button"
                    className="btn btn-small"
                    autoFocus
                    onClick={() => {
                      setKept(ev.id);
                      setConfirming(null);
                    }}
                  >
                    Keep
                  </button>
                  <button
                    type="button"
                    className="btn btn-danger btn-small"
                    onClick={() => {
                      addLoss.current?.focus();
                      onDelete(ev.id);
                    }}
                  >
                    Delete
                  </button>
                </span>
              ) : (
                <button
                  type="button"
                  className="btn btn-quiet btn-small danger-text"
                  autoFocus={kept === ev.id}
                  aria-label={`Delete ${name} and its ratings`}
                  title="Delete this event and its ratings"
                  onClick={() => setConfirming(ev.id)}
                >
                  ✕
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
