/** The keys of the rating fields, above the sheet. */
export function SheetHint() {
  return (
    <p className="sheet-hint">
      Type a rating (<kbd>4.5</kbd>), <kbd>N</kbd> for not rateable, <kbd>↑</kbd>/<kbd>↓</kbd> to step; <kbd>Enter</kbd>{' '}
      or <kbd>Tab</kbd> saves;{' '}
      <span className="keys">
        <kbd>Alt</kbd>+<kbd>Enter</kbd>
      </span>{' '}
      opens its whole scale, note and links (<kbd>Esc</kbd> back).
    </p>
  );
}
