import { expect, type Locator, type Page } from '@playwright/test';

/** What the page says about the focused element and the ring drawn around it. */
export interface FocusReport {
  /** "BUTTON "Complete"": for failure messages. */
  element: string;
  /** Focus went nowhere (document.body or null). */
  lost: boolean;
  /** Why the ring does not count as visible, or null when it does. */
  problem: string | null;
}

/**
 * Read the focused element's focus indicator in the page: an outline (style not 'none', width > 0)
 * or a box-shadow ring (a spread, or an inset bar of 2 px or more), in a colour with at least 3:1
 * contrast against what it is drawn on (WCAG 2.2 SC 1.4.11 / 2.4.13): the element's own background
 * when the outline is drawn inside it (negative offset, inset shadow), else its parent's. The ring may
 * also be drawn by a container, through a style rule about focus (`.reader-page:has(.transcript-text:focus-visible)`).
 */
export function focusReport(page: Page): Promise<FocusReport> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body || !(el instanceof HTMLElement))
      return { element: String(el?.tagName ?? 'null'), lost: true, problem: 'nothing has focus' };
    const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 50);
    const element = `${el.tagName} "${name}"`;

    type Rgba = [number, number, number, number];
    const parse = (c: string): Rgba | null => {
      const m = /rgba?\(([^)]+)\)/.exec(c);
      if (!m) return null;
      const p = m[1]!
        .split(/[\s,/]+/)
        .filter(Boolean)
        .map(Number);
      return [p[0] ?? 0, p[1] ?? 0, p[2] ?? 0, p[3] ?? 1];
    };
    const luminance = ([r, g, b]: Rgba) => {
      const lin = (v: number) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const contrast = (a: Rgba, b: Rgba) => {
      const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
      return (x + 0.05) / (y + 0.05);
    };
    /** The first opaque-enough background at or above `from` (white at the top, as the page is). */
    const backgroundOf = (from: Element | null): Rgba => {
      for (let e = from; e; e = e.parentElement) {
        const c = parse(getComputedStyle(e).backgroundColor);
        if (c && c[3] > 0.5) return c;
      }
      return [255, 255, 255, 1];
    };

    const rect = el.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0)
      return { element, lost: false, problem: 'the focused element has no size on screen' };

    // Rules about focus (`:focus`, `:focus-visible`, `:focus-within`, also inside :has()) that draw an
    // outline or a box-shadow: a shadow counts only when such a rule draws it, so a pressed chip's
    // 1 px inset border or a selected item's bar is not taken for focus; so does a container's ring
    // (the transcript page's bar stands for the focus of its 40,000-word text).
    const focusRules: { selector: string; outline: boolean; shadow: boolean }[] = [];
    const collect = (rules: CSSRuleList) => {
      for (const r of Array.from(rules)) {
        if (r instanceof CSSStyleRule) {
          const outline = Boolean(r.style.outlineStyle || r.style.outline || r.style.outlineColor);
          const shadow = Boolean(r.style.boxShadow);
          if (r.selectorText.includes(':focus') && (outline || shadow))
            focusRules.push({ selector: r.selectorText, outline, shadow });
        } else if ('cssRules' in r) collect((r as CSSGroupingRule).cssRules);
      }
    };
    for (const sheet of Array.from(document.styleSheets)) collect(sheet.cssRules);
    const drawnForFocus = (e: Element, what: 'outline' | 'shadow') =>
      focusRules.some((r) => {
        if (!r[what]) return false;
        try {
          return e.matches(r.selector);
        } catch {
          return false;
        }
      });

    /** The rings drawn on `on`, each with its contrast against what it is drawn on. */
    const ringsOf = (on: Element, own: boolean) => {
      const cs = getComputedStyle(on);
      const found: { what: string; ratio: number }[] = [];
      const add = (color: Rgba, inside: boolean, what: string) =>
        found.push({ what, ratio: contrast(color, backgroundOf(inside ? on : on.parentElement)) });
      if (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0 && (own || drawnForFocus(on, 'outline'))) {
        const color = parse(cs.outlineColor);
        if (color && color[3] > 0)
          add(color, parseFloat(cs.outlineOffset) < 0, `outline ${cs.outlineWidth} ${cs.outlineColor}`);
      }
      if (cs.boxShadow && cs.boxShadow !== 'none' && drawnForFocus(on, 'shadow')) {
        for (const shadow of cs.boxShadow.split(/,(?![^(]*\))/)) {
          const color = parse(shadow);
          const [x = 0, y = 0, , spread = 0] = (shadow.replace(/rgba?\([^)]*\)/, '').match(/-?[\d.]+px/g) ?? []).map(
            parseFloat,
          );
          const inset = /\binset\b/.test(shadow);
          // A ring (spread) or a bar of 2 px or more; a soft drop shadow (blur only) is not a focus indicator.
          if (color && color[3] > 0.5 && (spread >= 1 || (inset && (Math.abs(x) >= 2 || Math.abs(y) >= 2))))
            add(color, inset, `box-shadow ${shadow.trim()}`);
        }
      }
      return found;
    };

    const seen = ringsOf(el, true);
    for (let up = el.parentElement; up && up !== document.body; up = up.parentElement)
      seen.push(...ringsOf(up, false).map((r) => ({ ...r, what: `${r.what} on ${up.tagName}.${up.className}` })));
    if (seen.length === 0) {
      const cs = getComputedStyle(el);
      return {
        element,
        lost: false,
        problem: `no outline or box-shadow ring (outline: ${cs.outlineStyle} ${cs.outlineWidth}; box-shadow: ${cs.boxShadow})`,
      };
    }
    if (seen.some((c) => c.ratio >= 3)) return { element, lost: false, problem: null };
    return {
      element,
      lost: false,
      problem: `the ring is too faint on its background: ${seen.map((c) => `${c.what} at ${c.ratio.toFixed(2)}:1`).join('; ')}`,
    };
  });
}

/**
 * The focused element shows a visible focus indicator (see focusReport). Polled: a focus moved by
 * a key press may land (and be styled) a frame later.
 */
export async function expectVisibleFocus(page: Page): Promise<void> {
  await expect
    .poll(
      async () => {
        const r = await focusReport(page);
        return r.problem === null ? 'visible' : `${r.element}: ${r.problem}`;
      },
      { message: 'the focused element shows a visible focus indicator' },
    )
    .toBe('visible');
}

/**
 * Press Tab (or Shift+Tab) until `target` has focus, as a keyboard user moves through the page;
 * fails when it is not reached within `max` presses (unreachable, or skipped by the tab order).
 * Returns how many presses it took.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  { backward = false, max = 80 }: { backward?: boolean; max?: number } = {},
): Promise<number> {
  await expect(target).toBeVisible();
  const trail: string[] = [];
  for (let presses = 0; presses <= max; presses++) {
    const here = await target.evaluate((el) => {
      const a = document.activeElement;
      return el === a
        ? null
        : `${a?.tagName ?? 'null'} "${(a?.getAttribute('aria-label') ?? a?.textContent ?? '').trim().slice(0, 50)}"`;
    });
    if (here === null) return presses;
    if (presses > 0) trail.push(here);
    await page.keyboard.press(backward ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(
    `${max} presses of ${backward ? 'Shift+Tab' : 'Tab'} did not reach ${String(target)}; focus went through:\n${trail.join('\n')}`,
  );
}
