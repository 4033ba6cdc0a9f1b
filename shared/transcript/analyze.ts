import { detectMarks, type TranscriberMark } from './marks.ts';
import { parseHeader, type ParsedHeader } from './metadata.ts';
import { countWords } from './normalize.ts';
import { detectSections, type PromptTopic, type Section } from './sections.ts';
import { DEFAULT_SPEAKER_PATTERNS, detectTurns, type SpeakerPattern, type Turn } from './turns.ts';

export interface AnalyzeOptions {
  patterns?: SpeakerPattern[];
  /** Extra speaker labels (pseudonymised names such as "[MOTHER]"), role 'other'. */
  extraLabels?: string[];
  /** Prompt topics for un-numbered section detection. */
  topics?: PromptTopic[];
}

export interface TranscriptAnalysis {
  turns: Turn[];
  sections: Section[];
  marks: TranscriberMark[];
  words: number;
  header: ParsedHeader;
}

/**
 * Everything the import preview shows, from NORMALISED text (run normalizeTranscriptText first:
 * offsets refer to the text as it will be stored). Pure and deterministic; a 40,000-word transcript
 * takes milliseconds.
 */
export function analyzeTranscript(text: string, options: AnalyzeOptions = {}): TranscriptAnalysis {
  const patterns = options.patterns ?? DEFAULT_SPEAKER_PATTERNS;
  const extraLabels = options.extraLabels ?? [];
  const turns = detectTurns(text, patterns, { extraLabels });
  const sections = detectSections(text, turns, options.topics ? { topics: options.topics } : {});
  const marks = detectMarks(text, { labels: [...patterns.map((p) => p.label), ...extraLabels] });
  const header = parseHeader(text, { firstTurnStart: turns[0]?.start ?? undefined, patterns, extraLabels });
  return { turns, sections, marks, words: countWords(text), header };
}
