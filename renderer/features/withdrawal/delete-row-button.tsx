/** The Delete… button of one withdrawal row; it only opens the confirmation, which names what goes. */
export function DeleteRowButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" className="btn btn-small danger-text" aria-label={label} onClick={onClick}>
      Delete…
    </button>
  );
}
