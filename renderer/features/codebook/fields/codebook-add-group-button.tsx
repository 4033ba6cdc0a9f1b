interface Props {
  onAdd: () => void;
}

/** "+ Add group" at the end of the codes and the scales lists. */
export function CodebookAddGroupButton({ onAdd }: Props) {
  return (
    <button type="button" className="btn btn-quiet btn-small cb-add-group" onClick={onAdd}>
      + Add group
    </button>
  );
}
