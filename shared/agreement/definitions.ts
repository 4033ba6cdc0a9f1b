// Method descriptions, one per statistic, for the "Method" sections of reports. Each says what is
// computed, how missing data are handled, and where the formula and its standard error come from.

export type MetricId =
  | 'percent-agreement'
  | 'cohen-kappa'
  | 'weighted-kappa'
  | 'scott-pi'
  | 'fleiss-kappa'
  | 'brennan-prediger'
  | 'gwet-ac1'
  | 'gwet-ac2'
  | 'hubert-kappa'
  | 'light-kappa'
  | 'krippendorff-alpha'
  | 'icc'
  | 'unitizing-alpha'
  | 'span-overlap'
  | 'confusion-matrix';

export interface MetricDefinition {
  name: string;
  description: string;
}

const GWET_MISSING =
  'Missing ratings are handled as in Gwet (2014, Handbook of Inter-Rater Reliability, 4th ed.): observed agreement is averaged over units rated at least twice; classification probabilities π_k average r_ik/r_i over all units rated at least once.';
const GWET_SE =
  'Standard error: Gwet (2014) linearised variance estimator over units; 95% interval from the t distribution with n − 1 degrees of freedom, clipped to the coefficient’s range.';

export const METRIC_DEFINITIONS: Record<MetricId, MetricDefinition> = {
  'percent-agreement': {
    name: 'Percent agreement',
    description: `For each unit rated by at least two coders, the proportion of agreeing pairs of ratings, Σ_k r_ik(r_ik − 1) / (r_i(r_i − 1)); averaged over those units (Fleiss 1971 P̄; Gwet 2014 p_a). With two coders this is the proportion of units on which they agree. Not corrected for chance. ${GWET_SE}`,
  },
  'cohen-kappa': {
    name: "Cohen's kappa",
    description:
      "Two coders; κ = (p_o − p_e)/(1 − p_e) with p_e = Σ_k p_k. p_.k from each coder's own marginal distribution (Cohen 1960). Units missing either rating are dropped. Standard error and 95% normal interval from the large-sample non-null variance of Fleiss, Cohen & Everitt (1969); the z test of κ = 0 uses their null variance (as SAS PROC FREQ and R irr::kappa2 report).",
  },
  'weighted-kappa': {
    name: 'Weighted kappa',
    description:
      "Two coders; κ_w = (p_o(w) − p_e(w))/(1 − p_e(w)) (Cohen 1968) with agreement weights over the positions i, j of the ordered category set of size q: Gwet's (2014) set, e.g. linear w_ij = 1 − |i − j|/(q − 1) (Cicchetti & Allison 1971), quadratic w_ij = 1 − (i − j)²/(q − 1)² (Fleiss & Cohen 1973), ordinal, radical, ratio, circular or bipolar, or a matrix of weights the user supplies. Weights depend on the category set, so give the full ordered set. Units missing either rating are dropped. Standard errors: Fleiss, Cohen & Everitt (1969), non-null for the interval and null for the z test.",
  },
  'scott-pi': {
    name: "Scott's pi",
    description: `Two coders; π = (p_o − p_e)/(1 − p_e) with p_e = Σ_k π_k², π_k the pooled proportion of both coders' ratings in category k (Scott 1955). Units missing either rating are dropped. ${GWET_SE}`,
  },
  'fleiss-kappa': {
    name: "Fleiss' kappa",
    description: `Any number of coders; κ = (p_a − p_e)/(1 − p_e) with p_e = Σ_k π_k² (Fleiss 1971, the multi-rater generalisation of Scott's pi — not an average of pairwise kappas). ${GWET_MISSING} ${GWET_SE} When every unit has the same number of ratings, the test of κ = 0 also uses the null-hypothesis standard error of Fleiss, Nee & Landis (1979), as R irr::kappam.fleiss does.`,
  },
  'brennan-prediger': {
    name: 'Brennan–Prediger coefficient',
    description: `Any number of coders; (p_a − 1/q)/(1 − 1/q), where q is the number of categories available to the coders (Brennan & Prediger 1981) — give the full category set, since the value depends on it. ${GWET_MISSING} ${GWET_SE}`,
  },
  'gwet-ac1': {
    name: "Gwet's AC1",
    description: `Any number of coders; (p_a − p_e)/(1 − p_e) with p_e = Σ_k π_k(1 − π_k)/(q − 1) (Gwet 2008), q the number of categories available — give the full category set. ${GWET_MISSING} ${GWET_SE}`,
  },
  'gwet-ac2': {
    name: "Gwet's AC2",
    description: `Any number of coders; AC1 with agreement weights for ordered categories (Gwet 2014, ch. 3): p_a counts a rating as agreeing in part (w_kl) with nearby categories, p_e = T_w/(q(q − 1)) Σ_k π_k(1 − π_k) with T_w the sum of the weights. Weights over the positions of the ordered category set (Gwet's linear, quadratic, ordinal, radical, ratio, circular or bipolar) or a matrix the user supplies. ${GWET_MISSING} ${GWET_SE}`,
  },
  'hubert-kappa': {
    name: "Hubert's kappa",
    description:
      'Any number of coders; (P_o − P_e)/(1 − P_e) with P_o the mean over pairs of coders of their proportion of agreement and P_e the mean over pairs of Σ_k p_jk p_lk, each coder keeping their own marginal distribution (Hubert 1977; Conger 1980; Warrens 2010, 2012). Units missing any rating are dropped (listwise). No standard error is established, so no interval is given.',
  },
  'light-kappa': {
    name: "Light's kappa",
    description:
      "Any number of coders; the mean of Cohen's kappa over all pairs of coders (Light 1971; Warrens 2010), on the units every coder rated (listwise, as irr::kappam.light). No standard error is established, so no interval is given.",
  },
  'krippendorff-alpha': {
    name: "Krippendorff's alpha",
    description:
      "Any number of coders, missing values allowed; α = 1 − D_o/D_e computed from the coincidence matrix of pairable values (units with at least two values; Krippendorff 2004, 2011 “Computing Krippendorff's alpha-reliability”), with the nominal, ordinal (mid-rank), interval (squared difference) or ratio ((c − k)/(c + k))² difference function. The 95% interval is a bootstrap (Hayes & Krippendorff 2007, KALPHA algorithm): each resample draws M = min(25·q, (m − 1)n/2) pairs from the observed coincidences (q non-zero coincidence cells, m coders, n pairable values); 1,000 resamples by default with a fixed seed, so the interval is reproducible.",
  },
  icc: {
    name: 'Intraclass correlation',
    description:
      'The six forms of Shrout & Fleiss (1979), reported with their McGraw & Wong (1996) names: ICC(1,1) = ICC(1), ICC(2,1) = ICC(A,1), ICC(3,1) = ICC(C,1), ICC(1,k) = ICC(k), ICC(2,k) = ICC(A,k), ICC(3,k) = ICC(C,k). Computed from the two-way ANOVA mean squares of units rated by every coder (listwise deletion). F test of ICC = 0: MSR/MSW (one-way) or MSR/MSE (two-way). 95% intervals: exact F intervals for the one-way and consistency forms; for absolute agreement the McGraw & Wong (1996) approximation with Satterthwaite degrees of freedom, carried to ICC(A,k) by the Spearman–Brown relation.',
  },
  'unitizing-alpha': {
    name: "Krippendorff's unitizing alpha (uα)",
    description:
      "Agreement on where coded spans begin and end, per category, on a continuum of L characters (Krippendorff 1995, Sociological Methodology 25; 2004, Content Analysis 2nd ed.). Each coder's continuum is split into units (spans of the category) and gaps; D_o sums squared differences of the boundaries of overlapping units (or the squared length of a unit falling inside another coder's gap) over all pairs of coders; D_e is the disagreement expected if the same units and gaps were placed at random. uα = 1 − D_o/D_e; the overall value pools the categories (1 − ΣD_o/ΣD_e). Overlapping spans of one coder in one category are merged; abutting spans stay separate.",
  },
  'span-overlap': {
    name: 'Matched-span overlap',
    description:
      'Descriptive, not chance-corrected: spans of the same category by two coders match when their Jaccard overlap |A∩B|/|A∪B| reaches the threshold; matching is one-to-one, greedy by overlap. Precision = matched/spans of coder B, recall = matched/spans of coder A, F1 = 2·matched/(spans A + spans B), per coder pair and pooled over pairs.',
  },
  'confusion-matrix': {
    name: 'Confusion matrix',
    description:
      'Cross-tabulation of two coders over units both rated, after applying the category mapping (e.g. collapsing AAI classifications to 2-, 3-, 4- or 5-way); rows are the first coder, columns the second.',
  },
};
