interface Props {
  id: string;
  /** Why the id cannot change ("highlights refer to it"); omitted where the id is only shown. */
  fixedBecause?: string;
  /** Shown instead while the item is new and its id not made yet; null once it is saved. */
  newText?: string | null;
}

/** The line under a codebook form's title that shows the item's id and why it stays as it is. */
export function CodebookIdLine({ id, fixedBecause, newText }: Props) {
  return (
    <p className="cb-form-id muted small">
      {newText ?? (
        <>
          id <span className="mono">{id}</span>
          {fixedBecause && ` · fixed: ${fixedBecause}`}
        </>
      )}
    </p>
  );
}
