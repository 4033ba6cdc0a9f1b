// Category handling: the ordered category set, integer coding of a ratings matrix, and
// category mappings (e.g. collapsing AAI classifications to 2-, 3-, 4- or 5-way).
import { isMissing, type RatingCell, type RatingValue, type RatingsMatrix, coderCount } from './types.ts';

/** A ratings matrix coded as integers: codes[u * coders + c] is the category index, -1 = missing. */
export interface EncodedRatings {
  units: number;
  coders: number;
  codes: Int32Array;
  /** Category of each code, in order (the order matters for weighted/ordinal statistics). */
  categories: RatingValue[];
}

export type EncodeResult = { ok: true; data: EncodedRatings } | { ok: false; reason: string };

const SMALL_INT = 4096;

/** Orders observed values: numerically when numeric (numbers first), then labels by code point. */
export function compareValues(a: RatingValue, b: RatingValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The distinct non-missing values in the matrix, ordered by {@link compareValues}. */
export function observedCategories(ratings: RatingsMatrix): RatingValue[] {
  const nums = new Set<number>();
  const strs = new Set<string>();
  // Small whole numbers (rating scales) are marked in a bitmap: millions of cells, few values.
  const small = new Uint8Array(SMALL_INT);
  for (const row of ratings) {
    for (const v of row) {
      if (typeof v === 'number') {
        if (v >= 0 && v < SMALL_INT && Number.isInteger(v)) small[v] = 1;
        else if (!Number.isNaN(v)) nums.add(v);
      } else if (!isMissing(v)) strs.add(v);
    }
  }
  for (let i = 0; i < SMALL_INT; i++) if (small[i]) nums.add(i);
  const out: RatingValue[] = [...nums].sort((a, b) => a - b);
  for (const s of [...strs].sort(compareValues)) out.push(s);
  return out;
}

/**
 * Codes the matrix against `categories` (or the observed values when not given).
 * A value outside a given category set is an error, reported with its unit and coder.
 */
export function encodeRatings(ratings: RatingsMatrix, categories?: readonly RatingValue[]): EncodeResult {
  const cats = categories ? [...categories] : observedCategories(ratings);
  const numIndex = new Map<number, number>();
  const strIndex = new Map<string, number>();
  // Small whole-number categories are found by index rather than hashing (millions of lookups).
  const smallIndex = new Int32Array(SMALL_INT).fill(-1);
  for (let i = 0; i < cats.length; i++) {
    const c = cats[i] as RatingValue;
    if (typeof c === 'number') {
      if (numIndex.has(c)) return { ok: false, reason: `category ${c} is listed twice` };
      numIndex.set(c, i);
      if (c >= 0 && c < SMALL_INT && Number.isInteger(c)) smallIndex[c] = i;
    } else {
      if (strIndex.has(c)) return { ok: false, reason: `category "${c}" is listed twice` };
      strIndex.set(c, i);
    }
  }
  const units = ratings.length;
  const coders = coderCount(ratings);
  const codes = new Int32Array(units * coders).fill(-1);
  for (let u = 0; u < units; u++) {
    const row = ratings[u] as ReadonlyArray<RatingCell>;
    const base = u * coders;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (isMissing(v)) continue;
      const code =
        typeof v === 'number'
          ? v >= 0 && v < SMALL_INT && Number.isInteger(v) && (smallIndex[v] as number) >= 0
            ? (smallIndex[v] as number)
            : numIndex.get(v)
          : strIndex.get(v);
      if (code === undefined) {
        return {
          ok: false,
          reason: `value ${JSON.stringify(v)} (unit ${u + 1}, coder ${c + 1}) is not in the category set`,
        };
      }
      codes[base + c] = code;
    }
  }
  return { ok: true, data: { units, coders, codes, categories: cats } };
}

/** A category mapping: a lookup table or a function. Unmapped values are kept as they are. */
export type CategoryMapping =
  ReadonlyMap<RatingValue, RatingCell> | Readonly<Record<string, RatingCell>> | ((value: RatingValue) => RatingCell);

function applyMapping(mapping: CategoryMapping, v: RatingValue): RatingCell {
  if (typeof mapping === 'function') return mapping(v);
  if (mapping instanceof Map) return mapping.has(v) ? mapping.get(v) : v;
  const rec = mapping as Readonly<Record<string, RatingCell>>;
  const key = String(v);
  return Object.prototype.hasOwnProperty.call(rec, key) ? rec[key] : v;
}

/**
 * Applies a category mapping to every rating, e.g. {"Ds1": "Ds", "Ds2": "Ds", "F1a": "F", …}
 * to collapse subclassifications; mapping a value to null makes it missing.
 */
export function mapRatings(ratings: RatingsMatrix, mapping: CategoryMapping): RatingCell[][] {
  return ratings.map((row) => row.map((v) => (isMissing(v) ? null : applyMapping(mapping, v))));
}
