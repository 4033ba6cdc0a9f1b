import { useEffect, useRef, useState, type ReactNode } from 'react';

interface Props {
  /** Why the item cannot be removed (null when it can); shown only once Remove is pressed. */
  problem: string | null;
  onRemove: () => void;
  /** The help line shown until a removal is refused. */
  help: string;
  /** The form's other actions, before Remove. */
  children?: ReactNode;
}

/** The end of a scale or subtype form: its actions ending in Remove, then why Remove was refused or a help line. */
export function CodebookRemoveFooter({ problem, onRemove, help, children }: Props) {
  const [refusal, setRefusal] = useState<string | null>(null);
  const refusalRef = useRef<HTMLParagraphElement>(null);
  // The refusal appears below the form's buttons: bring it into view.
  useEffect(() => {
    if (refusal) refusalRef.current?.scrollIntoView({ block: 'nearest' });
  }, [refusal]);
  return (
    <>
      <div className="cb-form-actions">
        {children}
        <button
          type="button"
          className="btn btn-small danger-text"
          onClick={() => (problem ? setRefusal(problem) : onRemove())}
        >
          Remove
        </button>
      </div>
      {refusal ? (
        <p className="field-error" role="alert" ref={refusalRef}>
          {refusal}
        </p>
      ) : (
        <p className="muted small cb-help">{help}</p>
      )}
    </>
  );
}
