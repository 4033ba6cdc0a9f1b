import { useId, useState } from 'react';
import type { Annotation } from '../../../shared/api/annotation.ts';
import type { LossEvent } from '../../../shared/api/event.ts';
import type { Code, CodeGroup } from '../../../shared/codebook/codebook-schema.ts';
import { EventLinkFields } from './event-link-fields.tsx';
import type { EventLinkPatch } from './highlight-actions.ts';

interface Props {
  annotation: Annotation;
  code: Code | undefined;
  group: CodeGroup | undefined;
  coderName: string;
  quote: string;
  /** This coder's losses and traumas on the transcript (score sheet); null while they load. */
  events: readonly LossEvent[] | null;
  /** Save an event link and/or severity at once (one undoable step). */
  onLink: (annotation: Annotation, patch: EventLinkPatch, label: string) => Promise<void>;
  onSaveNote: (id: string, note: string) => Promise<void>;
  onDelete: (id: string) => Promise<void>;
  onReveal: (annotation: Annotation) => void;
}

/**
 * One highlight: its code, coder, quoted text and an editable note (saved on blur and Ctrl/⌘+Enter).
 * Codes flagged "event linked" (unresolved indicators) also name the loss or trauma event
 * they concern and a severity from 1 to 3, each saved the moment it is chosen.
 */
export function HighlightCard({
  annotation,
  code,
  group,
  coderName,
  quote,
  events,
  onLink,
  onSaveNote,
  onDelete,
  onReveal,
}: Props) {
  const [draft, setDraft] = useState(annotation.note);
  const [confirming, setConfirming] = useState(false);
  const [noteState, setNoteState] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  const [saved, setSaved] = useState(annotation.note);
  const noteId = useId();
  // The note changed elsewhere (undo, redo): show it, unless the coder is in the middle of editing.
  if (annotation.note !== saved) {
    setSaved(annotation.note);
    if (draft === saved) setDraft(annotation.note);
  }

  const save = async () => {
    if (draft === saved) return;
    setNoteState('saving');
    try {
      await onSaveNote(annotation.id, draft);
      setSaved(draft);
      setNoteState('saved');
    } catch {
      setNoteState('failed');
    }
  };

  const label = code?.label ?? annotation.codeId;
  // A link or severity left over from another code (code changed, imported coding) stays visible and clearable.
  const showEvent = code?.eventLinked === true || annotation.eventId !== null;
  return (
    <article className="hl-card" data-annotation-id={annotation.id} aria-label={`Highlight: ${label}`}>
      <header className="hl-card-head">
        <span className="swatch swatch-large" style={{ backgroundColor: code?.color ?? '#888' }} aria-hidden="true" />
        <div className="hl-card-titles">
          <h3 className="hl-card-code">{label}</h3>
          <p className="hl-card-meta">
            {group?.label ?? 'Unknown group'} · {coderName}
          </p>
        </div>
      </header>
      <button type="button" className="hl-card-passage" onClick={() => onReveal(annotation)} title="Show in transcript">
        <q>{quote.length > 240 ? quote.slice(0, 240) + '…' : quote}</q>
      </button>
      {/* Every highlight may carry a severity from 1 to 3; only event-linked codes carry an event. */}
      <EventLinkFields annotation={annotation} events={events} showEvent={showEvent} showSeverity onLink={onLink} />
      <label className="field-label" htmlFor={noteId}>
        Note
      </label>
      <textarea
        id={noteId}
        className="input note-input"
        rows={3}
        value={draft}
        placeholder="Why this passage? (saved when you leave the field)"
        onChange={(e) => {
          setDraft(e.target.value);
          setNoteState('idle');
        }}
        onBlur={() => void save()}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void save();
          }
        }}
      />
      <footer className="hl-card-foot">
        <span className={`note-state note-state--${noteState}`} aria-live="polite">
          {noteState === 'saving' && 'Saving note…'}
          {noteState === 'saved' && 'Note saved'}
          {noteState === 'failed' && 'Note not saved'}
          {noteState === 'idle' && draft !== saved && 'Unsaved: leave the field or press Ctrl+Enter'}
        </span>
        {confirming ? (
          <span className="confirm-row">
            <span className="small">Delete this highlight?</span>
            {/* Keep first: Tab or Shift+Tab reaches the safe choice before the destructive one. */}
            <button type="button" className="btn btn-small" onClick={() => setConfirming(false)} autoFocus>
              Keep
            </button>
            <button type="button" className="btn btn-danger btn-small" onClick={() => void onDelete(annotation.id)}>
              Delete
            </button>
          </span>
        ) : (
          <button type="button" className="btn btn-quiet btn-small danger-text" onClick={() => setConfirming(true)}>
            Delete…
          </button>
        )}
      </footer>
    </article>
  );
}
