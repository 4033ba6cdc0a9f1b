// Fleiss' kappa (Fleiss 1971) for any number of coders, missing data handled as in Gwet (2014).
import {
  chanceCorrectedFromCounts,
  encodeOrFail,
  twoSidedP,
  unitCounts,
  type CategoricalOptions,
} from './chance-corrected.ts';
import { type AgreementResult, type RatingsMatrix } from './types.ts';

/**
 * Fleiss' kappa: κ = (p_a − p_e) / (1 − p_e), p_e = Σ_k π_k².
 * `se`/`ci` use Gwet's (2014) non-null variance. When every unit has the same number of ratings
 * (complete data), details also give the Fleiss, Nee & Landis (1979) standard error under
 * H0: κ = 0, its z and two-sided p — the test that irr::kappam.fleiss reports.
 */
export function fleissKappa(ratings: RatingsMatrix, options: CategoricalOptions = {}): AgreementResult {
  const e = encodeOrFail(ratings, options.categories);
  if ('fail' in e) return e.fail;
  const uc = unitCounts(e.enc);
  const res = chanceCorrectedFromCounts(uc, 'fleiss', "Fleiss' kappa");
  if (res.value === null || uc.n < 1) return res;
  // Null-hypothesis SE (Fleiss, Nee & Landis 1979; Fleiss, Levin & Paik 2003, eq. 18.14),
  // defined for a constant number m of ratings per unit.
  const m = uc.r[0] as number;
  let constant = m >= 2;
  for (let i = 1; i < uc.n && constant; i++) if (uc.r[i] !== m) constant = false;
  if (constant && res.details) {
    const pi = res.details.classificationProbabilities as number[];
    let spq = 0;
    let spqqp = 0;
    for (const p of pi) {
      spq += p * (1 - p);
      spqqp += p * (1 - p) * (1 - 2 * p);
    }
    const var0 = (2 / (spq * spq * uc.n * m * (m - 1))) * (spq * spq - spqqp);
    if (var0 > 0 && Number.isFinite(var0)) {
      const se0 = Math.sqrt(var0);
      const z = res.value / se0;
      res.details.nullHypothesis = {
        se: se0,
        z,
        p: twoSidedP(z),
        method: 'Fleiss, Nee & Landis (1979), H0: kappa = 0',
      };
    }
  }
  return res;
}
