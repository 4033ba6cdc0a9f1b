// The printable coded transcript, as data both renderers (HTML here, PDF in the services) lay out the same
// way: numbered lines, speaker labels, section headings, each chosen coder's highlights marked in the text
// with their code names in that coder's margin column, and each coder's score sheet at the end.

export const MAX_PRINT_CODERS = 3;

export interface PrintAnnotation {
  start: number;
  end: number;
  label: string;
  severity: number | null;
}

export interface PrintCoder {
  name: string;
  annotations: PrintAnnotation[];
  classification: string | null;
  ratings: { label: string; target: string; value: string }[];
  events: string[];
}

export interface PrintInput {
  title: string;
  participant: string | null;
  projectName: string;
  text: string;
  /** Speaker labels: [labelStart, labelEnd) of each turn's label. */
  turns: { labelStart: number; labelEnd: number }[];
  sections: { start: number; number: number | null; title: string }[];
  coders: PrintCoder[];
}

/** A run of one line's text and the coders (indices) whose highlights cover it. */
export interface PrintFragment {
  text: string;
  coders: number[];
  /** Part of a speaker label ("I:"). */
  label: boolean;
}

export interface PrintLine {
  number: number;
  fragments: PrintFragment[];
  /** A section heading printed before this line. */
  heading: string | null;
  /** Per coder: the code names of highlights that start on this line. */
  margins: string[][];
}

export interface PrintModel {
  title: string;
  participant: string | null;
  projectName: string;
  coders: PrintCoder[];
  lines: PrintLine[];
}

export function buildPrintModel(input: PrintInput): PrintModel {
  const { text } = input;
  const coders = input.coders.slice(0, MAX_PRINT_CODERS);
  const sorted = coders.map((c) => [...c.annotations].sort((a, b) => a.start - b.start || a.end - b.end));
  const labels = [...input.turns].sort((a, b) => a.labelStart - b.labelStart);
  const sections = [...input.sections].sort((a, b) => a.start - b.start);
  const lines: PrintLine[] = [];
  let sectionAt = 0;
  let labelAt = 0;
  let start = 0;
  for (let n = 1; start <= text.length; n++) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    let heading: string | null = null;
    while (sectionAt < sections.length && (sections[sectionAt]?.start ?? 0) < end + 1) {
      const s = sections[sectionAt++]!;
      const name = [s.number === null ? '' : `Q${s.number}`, s.title].filter(Boolean).join('  ');
      heading = name || 'Section';
    }
    const cuts = new Set<number>([start, end]);
    const covering: PrintAnnotation[][] = [];
    const margins: string[][] = [];
    for (const anns of sorted) {
      const here: PrintAnnotation[] = [];
      const starting: string[] = [];
      for (const x of anns) {
        if (x.start >= end && !(x.start === start && start === end)) break;
        if (x.end <= start) continue;
        here.push(x);
        if (x.start >= start) starting.push(x.severity ? `${x.label} (${x.severity})` : x.label);
        if (x.start > start) cuts.add(x.start);
        if (x.end < end) cuts.add(x.end);
      }
      covering.push(here);
      margins.push(starting);
    }
    while (labelAt < labels.length && labels[labelAt]!.labelEnd <= start) labelAt++;
    const label =
      labels[labelAt] && labels[labelAt]!.labelStart >= start && labels[labelAt]!.labelStart < end
        ? labels[labelAt]!
        : null;
    if (label) {
      cuts.add(label.labelStart);
      cuts.add(Math.min(label.labelEnd, end));
    }
    const points = [...cuts].sort((a, b) => a - b);
    const fragments: PrintFragment[] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i]!;
      const b = points[i + 1]!;
      if (b <= a) continue;
      const on = covering.flatMap((anns, ci) => (anns.some((x) => x.start <= a && x.end >= b) ? [ci] : []));
      fragments.push({
        text: text.slice(a, b),
        coders: on,
        label: label !== null && a >= label.labelStart && b <= label.labelEnd,
      });
    }
    lines.push({ number: n, fragments, heading, margins });
    start = end + 1;
  }
  return { title: input.title, participant: input.participant, projectName: input.projectName, coders, lines };
}
