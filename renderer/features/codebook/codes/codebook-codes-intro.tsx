/** What the Codes section offers (and how the codebook is saved), shown while nothing is chosen. */
export function CodebookCodesIntro() {
  return (
    <div className="cb-intro">
      <h3 className="cb-form-title">Edit the codebook</h3>
      <ul className="cb-intro-list">
        <li>Choose a code to rename, recolour, regroup, archive it or give it a hotkey.</li>
        <li>
          Reorder codes by dragging the ⠿ handle, or with <kbd>Alt</kbd>+<kbd>↑</kbd>/<kbd>↓</kbd> on a selected code.
        </li>
        <li>Choose a group name to rename it; “+ Code” adds a code to that group.</li>
        <li>
          <strong>Save</strong> stores a new version and makes it active. Codings already made keep the version they
          used; archived codes stay on existing highlights.
        </li>
        <li>Scales and the classification scheme have their own sections above.</li>
        <li>
          Another coding system? Import its codebook JSON (the format is described in{' '}
          <span className="mono">docs/codebook-format.md</span>): it replaces this one as the active codebook.
        </li>
      </ul>
    </div>
  );
}
