interface Props {
  title?: string;
}

/** The "!" beside a list entry the draft's problems point at (the problem itself is in the form). */
export function CodebookProblemDot({ title }: Props) {
  return (
    <span className="cb-problem-dot" aria-hidden="true" title={title}>
      !
    </span>
  );
}
