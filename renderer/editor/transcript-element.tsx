import type { RenderElementProps } from 'slate-react';

/**
 * A speaker turn is a two-column row (label | speech); other lines are plain paragraphs. A question
 * section's heading is drawn from data-heading by CSS (::before), so it is never part of the text.
 */
export function TranscriptElement({ attributes, children, element }: RenderElementProps) {
  if (element.type === 'turn') {
    return (
      <div
        {...attributes}
        className={`turn turn--${element.role}`}
        data-role={element.role}
        data-speaker={element.speaker}
        data-start={element.start}
        data-heading={element.heading}
      >
        {children}
      </div>
    );
  }
  return (
    <p {...attributes} className="plain-line" data-start={element.start} data-heading={element.heading}>
      {children}
    </p>
  );
}
