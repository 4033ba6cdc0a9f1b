import { hitContext } from './hit-context.ts';

/** The context line with the query's occurrences in bold (case-insensitive, whitespace-flexible). */
export function HitContextText({ text: raw, query }: { text: string; query: string }) {
  const { text, parts } = hitContext(raw, query);
  if (!parts) return <>{text}</>;
  return <>{parts.map((p, i) => (i % 2 === 1 ? <mark key={i}>{p}</mark> : <span key={i}>{p}</span>))}</>;
}
