/**
 * Keys a transcript header may use (`Participant: SYN-0001`). Shared by the header parser and the
 * turn detector: some keys ("Interviewer", "Subject", "Respondent") are also speaker labels, and the
 * turn detector must not read a header line like `Interviewer: XY` as the first turn.
 *
 * Keys are compared lower-case with runs of spaces, dots, hyphens and underscores collapsed to one space.
 */
export const HEADER_KEY_ALIASES: Readonly<Record<string, 'participantCode' | 'interviewDate' | 'interviewer'>> = {
  participant: 'participantCode',
  'participant code': 'participantCode',
  'participant id': 'participantCode',
  'participant no': 'participantCode',
  'subject id': 'participantCode',
  'subject code': 'participantCode',
  subject: 'participantCode',
  respondent: 'participantCode',
  'respondent id': 'participantCode',
  id: 'participantCode',
  code: 'participantCode',
  'case id': 'participantCode',
  date: 'interviewDate',
  'interview date': 'interviewDate',
  'date of interview': 'interviewDate',
  interviewer: 'interviewer',
  'interviewer id': 'interviewer',
  'interviewed by': 'interviewer',
};

/** Header keys that are not mapped to a core field but are still clearly header lines. */
export const FREE_HEADER_KEYS: readonly string[] = [
  'transcriber',
  'transcribed by',
  'site',
  'location',
  'wave',
  'session',
  'duration',
  'length',
  'language',
  'study',
  'project',
  'coder',
  'note',
  'notes',
  'version',
  'time',
  'start time',
  'end time',
];

export function normalizeHeaderKey(key: string): string {
  return key
    .trim()
    .toLowerCase()
    .replace(/[\s._-]+/g, ' ')
    .trim();
}

export function isKnownHeaderKey(key: string): boolean {
  const k = normalizeHeaderKey(key);
  return k in HEADER_KEY_ALIASES || FREE_HEADER_KEYS.includes(k);
}

/**
 * A header value is short and does not read like speech (no question mark, not a long sentence).
 * Used to tell `Interviewer: XY` (header) from `Interviewer: So, tell me about...` (a turn).
 */
export function looksLikeHeaderValue(value: string): boolean {
  const v = value.trim();
  if (v.length === 0 || v.length > 60) return false;
  if (/[?]\s*$/.test(v)) return false;
  return v.split(/\s+/).length <= 6;
}
