// The agreement report's method section: exactly which statistics, options and data went in, in
// words a methods reviewer can check. Built from the engine's own definitions (definitions.ts) so
// the report cannot drift from what was computed.
import { METRIC_DEFINITIONS } from '../agreement/definitions.ts';
import { SMALL_N } from './common.ts';
import type { ProjectAgreement } from './types.ts';

export interface ReportMeta {
  projectName: string;
  softwareVersion: string;
  /** ISO date-time of the report. */
  generatedAt: string;
  codebookName: string;
  /** How the coders were chosen, e.g. "all coders except consensus records". */
  coderSelection: string;
  /** How the transcripts were chosen, e.g. "all 30 transcripts". */
  transcriptSelection: string;
}

export interface MethodParagraph {
  heading: string;
  text: string;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** The method section as headed paragraphs (HTML and PDF render the same list). */
export function methodSection(result: ProjectAgreement, meta: ReportMeta): MethodParagraph[] {
  const o = result.options;
  const coderNames = result.coders.map((c) => `${c.name}${c.role ? ` (${c.role})` : ''}`).join(', ') || 'none';
  const levels = result.classification.map((l) => `${l.label}`).join('; ');
  const d = METRIC_DEFINITIONS;
  return [
    {
      heading: 'Data',
      text:
        `Project "${meta.projectName}", codebook ${meta.codebookName} (${result.codebookKey}). Transcripts: ${meta.transcriptSelection} ` +
        `(${result.transcripts.length} in this report). Coders compared: ${coderNames}; ${meta.coderSelection}. ` +
        `A coder took part in a transcript when they made any highlight, rating or classification on it or set its status beyond not started. ` +
        `Generated ${meta.generatedAt} by Attune ${meta.softwareVersion}.`,
    },
    {
      heading: 'Classification',
      text:
        `Each coder's single stored classification was mapped to every grouping level of the codebook (${levels || 'none defined'}). ` +
        `U and CC are counted under their recorded organised alternative where the level says so (3-way); a coding without the needed alternative has no label at that level and is left out, listed with its reason. ` +
        `A transcript counts (n) when at least two coders have a label at the level. Percent agreement: ${d['percent-agreement'].description} ` +
        `With exactly two coders the chance-corrected figure is Cohen's kappa: ${d['cohen-kappa'].description} With more than two, Fleiss' kappa: ${d['fleiss-kappa'].description} ` +
        `Confusion matrices: ${d['confusion-matrix'].description} With more than two coders the dashboard shows each pair's matrix and a pooled matrix in which every pair of coders' labels of a transcript is counted in both orientations (symmetric; its total is twice the number of coder pairs).`,
    },
    {
      heading: 'Scales',
      text:
        `Per scale and rating target (mother, father, other figure, transcript). Event-level ratings are compared as each coder's highest rating over their own events (event identities are each coder's own), and scales whose codebook aggregate is "max" as the highest rating over all targets. ` +
        `"Not rateable" is a missing value; transcripts where one coder rated and another marked not rateable are counted and listed. ` +
        `ICC(A,1) = Shrout & Fleiss ICC(2,1) (two-way random effects, absolute agreement, single rater) and ICC(C,1) = ICC(3,1) (two-way mixed effects, consistency, single rater), with F tests and 95% intervals: ${d.icc.description} ` +
        `Weighted kappa uses quadratic weights over the scale's full set of steps (minimum to maximum by the step size) as ordered categories: ${d['weighted-kappa'].description} With more than two coders the figure is the mean of the pairwise quadratic-weighted kappas (Light 1971). ` +
        `Mean absolute difference and the share of pairs within ${o.scaleTolerance} point${o.scaleTolerance === 1 ? '' : 's'} are taken over every pair of coders' values of a transcript. Scatter and Bland–Altman plots show each coder pair; limits of agreement are the mean difference ± 1.96 SD (Bland & Altman 1986).`,
    },
    {
      heading: 'Passages',
      text:
        `Krippendorff's unitizing alpha per code and over all codes: ${d['unitizing-alpha'].description} ` +
        `Several transcripts are pooled by laying them end to end as one continuum (each transcript's offsets shifted by the total length of those before it), using only transcripts that every compared coder took part in; others are listed as excluded. ` +
        `Matched-span overlap at a Jaccard threshold of ${o.overlapThreshold}: ${d['span-overlap'].description} Overlap counts are pooled over transcripts and coder pairs (each pair over the transcripts both took part in).`,
    },
    {
      heading: 'Small samples and disagreements',
      text:
        `Every figure reports the n behind it. Figures based on fewer than ${SMALL_N.tooFew} units (transcripts, or spans for passages) are flagged as too few to be stable, and fewer than ${SMALL_N.small} as small (wide intervals; Sim & Wright 2005; Koo & Li 2016). ` +
        `Undefined statistics are reported as such, with the reason, never as a number. ` +
        `Disagreements listed: classifications that differ at any level (or in subtype or alternative); scale values more than ${o.scaleTolerance} point${o.scaleTolerance === 1 ? '' : 's'} apart or rated against not rateable; spans of a code no other coder marked on that passage; and spans matching in position (Jaccard ≥ ${o.overlapThreshold}) but with different codes. ` +
        `Headline level: ${o.level}.`,
    },
  ];
}

/** The method section as plain text (CLI, PDF tests). */
export function methodText(result: ProjectAgreement, meta: ReportMeta): string {
  return methodSection(result, meta)
    .map((p) => `${p.heading}. ${p.text}`)
    .join('\n\n');
}

export { pct as formatPercent };
