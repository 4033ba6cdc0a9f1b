export const PENCIL =
  'M3 11.5 10.8 3.7l1.5 1.5L4.5 13H3v-1.5Zm8.9-8.9 1-1a1 1 0 0 1 1.4 0l.1.1a1 1 0 0 1 0 1.4l-1 1-1.5-1.5Z';
export const BIN = 'M5.5 2h5l.5 1.5H14V5H2V3.5h3L5.5 2ZM3.5 6h9l-.7 8H4.2l-.7-8Z';

/** A 14-pixel icon of the outline's row actions, drawn from one path (PENCIL, BIN). */
export function OutlineIcon({ d }: { d: string }) {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true">
      <path d={d} fill="currentColor" />
    </svg>
  );
}
