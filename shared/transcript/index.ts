/** Pure transcript analysis used at import: normalisation, turns, sections, marks, pseudonymisation, metadata. */
export * from './normalize.ts';
export * from './turns.ts';
export * from './sections.ts';
export * from './marks.ts';
export * from './pseudonymize.ts';
export * from './metadata.ts';
export * from './analyze.ts';
export { HEADER_KEY_ALIASES, FREE_HEADER_KEYS, isKnownHeaderKey } from './header-keys.ts';
