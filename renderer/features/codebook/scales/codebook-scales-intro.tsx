/** What the Scales section offers, shown while no scale or group is chosen. */
export function CodebookScalesIntro() {
  return (
    <div className="cb-intro">
      <h3 className="cb-form-title">Scales</h3>
      <ul className="cb-intro-list">
        <li>The score sheet shows these scales, in this order, grouped as listed here.</li>
        <li>
          Choose a scale to rename or describe it, set what it is rated for, its range and step, and whether “not
          rateable” is allowed.
        </li>
        <li>
          Reorder scales with <kbd>Alt</kbd>+<kbd>↑</kbd>/<kbd>↓</kbd> on a selected scale or its Move buttons; move one
          to another group with its Group field.
        </li>
        <li>Choose a group name to rename the group; “+ Add group” starts a new group with one new scale.</li>
        <li>
          A scale that ratings may refer to can be archived but not removed: existing ratings keep it.{' '}
          <strong>Save</strong> stores a new codebook version, as for codes.
        </li>
      </ul>
    </div>
  );
}
