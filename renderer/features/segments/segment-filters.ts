import type { SegmentListArgs } from '../../../shared/api/segment.ts';

/** The Segments view's filters as its controls hold them ('' is "any"). */
export interface SegmentFilterState {
  transcriptId: string;
  /** "code:<id>" or "group:<id>". */
  code: string;
  coderId: string;
  /** A question number, or "none" (before the first question). */
  section: string;
  /** "1".."3", or "none". */
  severity: string;
  /** "linked" or "unlinked". */
  event: string;
  text: string;
}

export const NO_FILTERS: SegmentFilterState = {
  transcriptId: '',
  code: '',
  coderId: '',
  section: '',
  severity: '',
  event: '',
  text: '',
};

/** The controls' state as `segment-list` arguments. */
export function filterArgs(f: SegmentFilterState): SegmentListArgs {
  const args: SegmentListArgs = {};
  if (f.transcriptId) args.transcriptIds = [f.transcriptId];
  if (f.code.startsWith('code:')) args.codeIds = [f.code.slice(5)];
  if (f.code.startsWith('group:')) args.groupIds = [f.code.slice(6)];
  if (f.coderId) args.coderIds = [f.coderId];
  if (f.section) args.sections = [f.section === 'none' ? null : Number(f.section)];
  if (f.severity) args.severities = [f.severity === 'none' ? null : Number(f.severity)];
  if (f.event) args.linkedToEvent = f.event === 'linked';
  if (f.text.trim()) args.text = f.text.trim();
  return args;
}

/** What the filters select, in words (the export's subtitle and file name). */
export function filterSummary(
  f: SegmentFilterState,
  names: { transcript?: string; code?: string; coder?: string },
): string {
  const parts = [
    names.code ?? 'all codes',
    names.coder ? `coder ${names.coder}` : 'all coders',
    names.transcript ?? 'all transcripts',
  ];
  if (f.section) parts.push(f.section === 'none' ? 'before the first question' : `question ${f.section}`);
  if (f.severity) parts.push(f.severity === 'none' ? 'no severity' : `severity ${f.severity}`);
  if (f.event) parts.push(f.event === 'linked' ? 'linked to an event' : 'not linked to an event');
  if (f.text.trim()) parts.push(`containing “${f.text.trim()}”`);
  return parts.join(' · ');
}
