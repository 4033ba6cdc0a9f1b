interface Props {
  /** The item's position in its group, and how many items the group has. */
  position: number;
  count: number;
  onMove: (delta: -1 | 1) => void;
}

/** "↑ Move up" and "↓ Move down" within the group, the buttons for the list's Alt+↑/↓ (code and scale forms). */
export function CodebookMoveButtons({ position, count, onMove }: Props) {
  return (
    <>
      <button
        type="button"
        className="btn btn-small"
        disabled={position <= 0}
        onClick={() => onMove(-1)}
        aria-keyshortcuts="Alt+ArrowUp"
      >
        ↑ Move up
      </button>
      <button
        type="button"
        className="btn btn-small"
        disabled={position === count - 1}
        onClick={() => onMove(1)}
        aria-keyshortcuts="Alt+ArrowDown"
      >
        ↓ Move down
      </button>
    </>
  );
}
