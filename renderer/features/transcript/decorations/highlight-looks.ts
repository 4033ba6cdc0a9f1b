/**
 * How a highlighted run of text is painted, as a CSS class per distinct look instead of an inline style
 * per span. A transcript's thousand highlights make a few hundred runs on the first screen but only a
 * few dozen looks (code colours × lanes × state): each look's gradients are parsed once, for its rule,
 * where an inline `background` was parsed again for every span (10–18 ms of a 20,000-word open).
 */

/** Each underline band is this many px; bands stack downwards, one per overlapping highlight. */
export const BAND = 3;

/** One highlight covering the run: its code's colour, drawn as an underline band in its lane (0 = lowest). */
export interface Band {
  color: string;
  lane: number;
}

/** The background (bands over `fill`) and bottom padding that paint a run. */
export function lookStyle(bands: readonly Band[], fill: string): { background: string; paddingBottom: string } {
  const layers = bands.map(
    (b) => `linear-gradient(${b.color}, ${b.color}) 0 calc(100% - ${BAND * b.lane}px) / 100% ${BAND}px no-repeat`,
  );
  const deepest = Math.max(0, ...bands.map((b) => b.lane));
  return { background: [...layers, fill].join(', '), paddingBottom: `${BAND * deepest}px` };
}

/**
 * The declarations that paint a run: each band in its lane over `fill` (the innermost code's tint), and
 * room below the text for the deepest band.
 */
export function lookDeclarations(bands: readonly Band[], fill: string): string {
  const { background, paddingBottom } = lookStyle(bands, fill);
  return `background: ${background}; padding-bottom: ${paddingBottom};`;
}

/**
 * Class names for looks: the same declarations always get the same class, and each new one adds its rule
 * once through `insertRule` (a stylesheet's, or a list in tests).
 */
export function createLookClasses(insertRule: (rule: string) => void): (declarations: string) => string {
  const classes = new Map<string, string>();
  return (declarations) => {
    let name = classes.get(declarations);
    if (name === undefined) {
      name = `hl-look-${classes.size}`;
      insertRule(`.${name} { ${declarations} }`);
      classes.set(declarations, name);
    }
    return name;
  };
}

let documentClasses: ((declarations: string) => string) | null = null;

/** The class painting `declarations` in this document; its rule lives in a stylesheet of its own, made on first use. */
export function lookClass(declarations: string): string {
  if (!documentClasses) {
    const sheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    documentClasses = createLookClasses((rule) => sheet.insertRule(rule, sheet.cssRules.length));
  }
  return documentClasses(declarations);
}
