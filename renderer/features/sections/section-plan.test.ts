import { describe, expect, it } from 'vitest';
import type { StoredSection } from '../../../shared/api/transcript.ts';
import { detectSections } from '../../../shared/transcript/sections.ts';
import { detectTurns } from '../../../shared/transcript/turns.ts';
import {
  canEditShared,
  excerptTitle,
  headingsKey,
  lineOf,
  numberAt,
  planDeleteSection,
  planStartSection,
  sectionAt,
  sectionStartFor,
  shortName,
  trimmedEnd,
} from './section-plan.ts';

const TEXT = [
  'Participant: SYN-0001',
  '',
  'I: 1. Tell me about your family.',
  'R: We were four. We lived near the canal.',
  'I: When you were upset as a child, what would you do?',
  'R: I went to my room.',
  'I: 3. Did you ever feel rejected as a young child, even if now you might not think it was rejection?',
  'R: No.',
].join('\n');
const turns = detectTurns(TEXT);
const at = (s: string) => {
  const i = TEXT.indexOf(s);
  if (i < 0) throw new Error(`not in the text: ${s}`);
  return i;
};
const stored = (): StoredSection[] =>
  detectSections(TEXT, turns).map((s, i) => ({
    id: `s${i + 1}`,
    start: s.start,
    end: s.end,
    number: s.number,
    title: s.title,
  }));

describe('section planning', () => {
  it('finds the sections the edits start from (numbered questions only in this text)', () => {
    expect(stored().map((s) => s.number)).toEqual([1, 3]);
    expect(stored()[0]!.start).toBe(at('I: 1.'));
  });

  it('counts lines from 1 and trims ends back over whitespace, keeping at least one character', () => {
    expect(lineOf(TEXT, 0)).toBe(1);
    expect(lineOf(TEXT, at('I: 1.'))).toBe(3);
    expect(lineOf(TEXT, TEXT.length)).toBe(8);
    expect(trimmedEnd('ab  \n\ncd', 0, 6)).toBe(2);
    expect(trimmedEnd('a   ', 0, 4)).toBe(1);
    expect(trimmedEnd('    ', 2, 4)).toBe(3);
  });

  it('starts a section at the line start when the caret is in or right after a speaker label, else exactly there', () => {
    const line = at('I: When you were upset');
    expect(sectionStartFor(TEXT, turns, line + 1)).toBe(line); // inside "I:"
    expect(sectionStartFor(TEXT, turns, at('When you were upset'))).toBe(line); // speech start
    expect(sectionStartFor(TEXT, turns, at('what would you do'))).toBe(at('what would you do')); // mid-speech
    expect(sectionStartFor(TEXT, turns, at('I: When') - 1)).toBe(line); // on the line break before
  });

  it('takes a default title and number from the line, without the speaker label or the question number', () => {
    expect(excerptTitle(TEXT, turns, at('I: When you were upset'))).toBe(
      'When you were upset as a child, what would you do?',
    );
    expect(numberAt(TEXT, turns, at('I: When you were upset'))).toBeNull();
    expect(numberAt(TEXT, turns, at('I: 3.'))).toBe(3);
    const long = excerptTitle(TEXT, turns, at('I: 3.'), 40);
    expect(long).toBe('Did you ever feel rejected as a young…');
    expect(long.length).toBeLessThanOrEqual(40);
  });

  it('a section started inside another takes the rest of it, and the other is shortened first', () => {
    const start = at('I: When you were upset');
    const plan = planStartSection(TEXT, stored(), turns, start);
    expect(plan).toEqual({
      ok: true,
      shorten: {
        id: 's1',
        from: stored()[0]!.end,
        to: at('We lived near the canal.') + 'We lived near the canal.'.length,
      },
      create: {
        start,
        end: stored()[0]!.end,
        number: null,
        title: 'When you were upset as a child, what would you do?',
      },
    });
  });

  it('a section started between sections runs to the next one, trimmed; before the first one it stops there', () => {
    const gapText = TEXT.replace('R: We were four.', 'R: We were four.\n\n');
    const t = detectTurns(gapText);
    const secs = detectSections(gapText, t).map((s, i) => ({ id: `g${i}`, ...s }));
    // The header line lies before every section.
    const plan = planStartSection(gapText, secs, t, 0);
    expect(plan.ok && plan.create).toEqual({
      start: 0,
      end: 'Participant: SYN-0001'.length,
      number: null,
      title: 'Participant: SYN-0001',
    });
    expect(plan.ok && plan.shorten).toBeNull();
    // After the last section there is nothing left.
    expect(planStartSection(TEXT, stored(), turns, TEXT.length)).toEqual({
      ok: false,
      reason: 'There is no text here to start a section with.',
    });
  });

  it('refuses to start a second section where one already starts', () => {
    const plan = planStartSection(TEXT, stored(), turns, at('I: 3.'));
    expect(plan.ok).toBe(false);
    expect(!plan.ok && plan.reason).toMatch(/^Q3 “Did you ever feel rejected/);
  });

  it('a deleted section’s text joins the section before it when they are adjacent', () => {
    const secs = stored();
    expect(planDeleteSection(TEXT, secs, 's2')).toEqual({
      id: 's2',
      extend: { id: 's1', from: secs[0]!.end, to: secs[1]!.end },
    });
    expect(planDeleteSection(TEXT, secs, 's1')).toEqual({ id: 's1', extend: null });
    expect(planDeleteSection(TEXT, secs, 'nope')).toBeNull();
    // Not adjacent (speech lies between): nothing is extended.
    const apart: StoredSection[] = [{ ...secs[0]!, end: at('R: We were four.') - 1 }, secs[1]!];
    expect(planDeleteSection(TEXT, apart, 's2')!.extend).toBeNull();
  });

  it('heading keys change only with what a heading shows; the outline finds the section at a position', () => {
    const secs = stored();
    expect(headingsKey(secs)).toBe(headingsKey(secs.map((s) => ({ ...s, end: s.end - 1, id: 'x' }))));
    expect(headingsKey(secs)).not.toBe(headingsKey([{ ...secs[0]!, title: 'Family' }, secs[1]!]));
    expect(sectionAt(secs, at('We were four'))?.id).toBe('s1');
    expect(sectionAt(secs, 0)).toBeNull();
  });

  it('leads and trainers edit shared structure; coders and trainees do not; no identity is not restricted', () => {
    expect(canEditShared({ role: 'lead' })).toBe(true);
    expect(canEditShared({ role: 'trainer' })).toBe(true);
    expect(canEditShared({ role: 'coder' })).toBe(false);
    expect(canEditShared({ role: 'trainee' })).toBe(false);
    expect(canEditShared(null)).toBe(true);
  });
});

describe('shortName', () => {
  it('names a short section as sectionName does', () => {
    expect(shortName({ number: 3, title: 'Adjectives' })).toBe('Q3 “Adjectives”');
    expect(shortName({ number: 4, title: '' })).toBe('Question 4');
  });

  it('cuts a long title at a word, without trailing punctuation, and marks the cut', () => {
    const title = 'Could you describe your relationship, as a young child, with your parents';
    expect(shortName({ number: 2, title })).toBe('Q2 “Could you describe your…”');
    expect(shortName({ number: null, title: 'Supercalifragilisticexpialidocious-and-then-some' })).toBe(
      '“Supercalifragilisticexpialidociou…”',
    );
  });
});
