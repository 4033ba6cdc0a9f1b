/** The Attune mark: two overlapping passage brackets, drawn inline (no image requests). */
export function AppMark({ size = 24 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" className="app-mark">
      <rect x="1" y="1" width="30" height="30" rx="8" fill="var(--accent)" />
      <path d="M9 10h9M9 16h14M9 22h7" stroke="#fff" strokeWidth="2.4" strokeLinecap="round" />
      <path
        d="M21 20.5l2.2 2.2 4-4.4"
        stroke="#ffd27a"
        strokeWidth="2.4"
        strokeLinecap="round"
        fill="none"
        strokeLinejoin="round"
      />
    </svg>
  );
}
