import type { Annotation } from '../../../shared/api/annotation.ts';
import type { CodeLook } from '../transcript/index.ts';
import { excerpt } from '../score-sheet/index.ts';

interface Props {
  annotation: Annotation;
  quote: string;
  look: CodeLook;
  onJump: () => void;
  onRemove?: () => void;
}

/** A linked highlight: click to jump to its text; ✕ unlinks it (the highlight itself stays). */
export function HighlightChip({ annotation, quote, look, onJump, onRemove }: Props) {
  return (
    <span className="hl-chip" data-annotation-id={annotation.id}>
      <button
        type="button"
        className="hl-chip-jump"
        onClick={onJump}
        title={`${look.label}: show in transcript`}
        aria-label={`Show in transcript: ${excerpt(quote, 60)}`}
      >
        <span className="swatch" style={{ backgroundColor: look.color }} aria-hidden="true" />
        <span className="hl-chip-text">{excerpt(quote, 44)}</span>
      </button>
      {onRemove && (
        <button
          type="button"
          className="hl-chip-remove"
          onClick={onRemove}
          aria-label={`Unlink: ${excerpt(quote, 60)}`}
          title="Unlink"
        >
          ✕
        </button>
      )}
    </span>
  );
}
