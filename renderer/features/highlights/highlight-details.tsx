import type { Annotation } from '../../../shared/api/annotation.ts';
import type { LossEvent } from '../../../shared/api/event.ts';
import type { Codebook } from '../../../shared/codebook/codebook-schema.ts';
import type { EventLinkPatch } from './highlight-actions.ts';
import { HighlightCard } from './highlight-card.tsx';

interface Props {
  annotations: Annotation[];
  codebook: Codebook;
  coderName: string;
  text: string;
  /** This coder's losses and traumas on the transcript (null while loading): event-linked codes name one. */
  events: readonly LossEvent[] | null;
  /** Save a highlight's event link and/or severity as one undoable step. */
  onLink: (annotation: Annotation, patch: EventLinkPatch, label: string) => Promise<void>;
  onSaveNote: (id: string, note: string) => Promise<void>;
  onDelete: (id: string) => Promise<void>;
  onReveal: (annotation: Annotation) => void;
  onClose: () => void;
  /** Shown as its heading only (the code named), to give the coding panel the room. */
  collapsed?: boolean;
  onToggleCollapsed?: () => void;
}

/** Every highlight under the clicked point, so overlapping ones are all reachable. */
export function HighlightDetails({
  annotations,
  codebook,
  coderName,
  text,
  events,
  onLink,
  onSaveNote,
  onDelete,
  onReveal,
  onClose,
  collapsed = false,
  onToggleCollapsed,
}: Props) {
  const first = annotations[0];
  const firstLabel = first ? (codebook.codes.find((c) => c.id === first.codeId)?.label ?? first.codeId) : '';
  return (
    <section className="details" aria-label="Highlight details" data-collapsed={collapsed || undefined}>
      <div className="details-head">
        <h2 className="section-label">
          {annotations.length === 1 ? 'Highlight' : `${annotations.length} overlapping highlights`}
          {collapsed && <span className="details-head-code">{annotations.length === 1 ? firstLabel : ''}</span>}
        </h2>
        {onToggleCollapsed && (
          <button
            type="button"
            className="btn btn-quiet btn-small details-toggle"
            onClick={onToggleCollapsed}
            aria-expanded={!collapsed}
            aria-controls="highlight-cards"
            title={collapsed ? 'Show the highlight' : 'Collapse the highlight panel'}
          >
            <span aria-hidden="true">{collapsed ? '▸' : '▾'}</span>
            <span className="visually-hidden">{collapsed ? 'Show the highlight' : 'Collapse the highlight panel'}</span>
          </button>
        )}
        <button
          type="button"
          className="btn btn-quiet btn-small"
          onClick={onClose}
          aria-label="Close highlight details"
        >
          ✕
        </button>
      </div>
      <div className="details-cards" id="highlight-cards" hidden={collapsed}>
        {annotations.map((a) => {
          const code = codebook.codes.find((c) => c.id === a.codeId);
          return (
            <HighlightCard
              key={a.id}
              annotation={a}
              code={code}
              group={codebook.groups.find((g) => g.id === code?.group)}
              coderName={coderName}
              quote={text.slice(a.start, a.end)}
              events={events}
              onLink={onLink}
              onSaveNote={onSaveNote}
              onDelete={onDelete}
              onReveal={onReveal}
            />
          );
        })}
      </div>
    </section>
  );
}
