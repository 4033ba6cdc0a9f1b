import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectTurns } from '../../../../shared/transcript/turns.ts';
import { buildDocument } from '../build-document.ts';
import { assignLanes } from './decorate.ts';
import { DecorationIndex, type DecorInputs } from './decoration-index.ts';
import type { MarkSpan } from './structure-decor.ts';
import type { Highlight } from '../types.ts';

const WORDS = ['mother', 'loving', 'busy', 'I', 'remember', 'she', 'was', 'at', 'work', '(pause)', 'father', 'no'];

/** A transcript of speaker turns, some running over two lines, with a header line and a blank line. */
const textArb = fc
  .array(
    fc.record({
      speaker: fc.constantFrom('I', 'R'),
      words: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }),
      more: fc.option(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }), { nil: undefined }),
    }),
    { minLength: 1, maxLength: 14 },
  )
  .map((turns) =>
    [
      'SYNTHETIC – NOT REAL DATA',
      '',
      ...turns.map((t) => `${t.speaker}: ${t.words.join(' ')}${t.more ? `\n${t.more.join(' ')}` : ''}`),
    ].join('\n'),
  );

interface Step {
  highlights: { start: number; end: number; code: number }[];
  active: number[];
  marks: { start: number; end: number }[];
  find: { start: number; len: number }[];
  current: number;
  /** Fractions of the blocks asked for (rendered) after this step, in this order. */
  asked: number[];
}

const stepArb = fc.record({
  highlights: fc.array(fc.record({ start: fc.nat(), end: fc.nat(), code: fc.nat({ max: 2 }) }), { maxLength: 12 }),
  active: fc.array(fc.nat({ max: 11 }), { maxLength: 2 }),
  marks: fc.array(fc.record({ start: fc.nat(), end: fc.nat() }), { maxLength: 2 }),
  find: fc.array(fc.record({ start: fc.nat(), len: fc.integer({ min: 1, max: 8 }) }), { maxLength: 3 }),
  current: fc.integer({ min: -1, max: 2 }),
  asked: fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { maxLength: 6 }),
});

/** The inputs of a step; the lists (and so the identities) of an unchanged part are reused from the last step. */
function inputsOf(text: string, step: Step, last: DecorInputs | null, reuse: boolean[]): DecorInputs {
  const n = text.length;
  const span = (a: number, b: number) => [Math.min(a % n, b % n), Math.max(a % n, b % n) + 1] as const;
  const highlights = assignLanes(
    step.highlights.map((h, i): Highlight => {
      const [start, end] = span(h.start, h.end);
      return { id: `h${i}`, codeId: `c${h.code}`, start, end: Math.min(end, n) };
    }),
  );
  const marks: MarkSpan[] = step.marks.map((m) => {
    const [start, end] = span(m.start, m.end);
    return { start, end: Math.min(end, n), kind: 'transcriber-note' };
  });
  const matches = step.find
    .map((f) => ({ start: f.start % n, end: Math.min(n, (f.start % n) + f.len) }))
    .sort((a, b) => a.start - b.start);
  return {
    highlights: last && reuse[0] ? last.highlights : highlights,
    activeIds: last && reuse[1] ? last.activeIds : new Set(step.active.map((a) => `h${a}`)),
    marks: last && reuse[2] ? last.marks : marks,
    find: last && reuse[3] ? last.find : { matches, current: Math.min(step.current, matches.length - 1) },
  };
}

/** Everything the view reads of a block: each text node's decorations and the block's margin bars. */
function snapshot(index: DecorationIndex, doc: ReturnType<typeof buildDocument>) {
  return doc.map((block, b) => ({
    nodes: block.children.map((_, c) => index.decorAt(b, c)),
    bars: index.barsAt(block.start),
  }));
}

describe('DecorationIndex, lazy', () => {
  it('decorates any blocks asked for in any order like the whole-document index, and reports the same changes', () => {
    fc.assert(
      fc.property(
        textArb,
        fc.array(fc.tuple(stepArb, fc.array(fc.boolean(), { minLength: 4, maxLength: 4 })), {
          minLength: 1,
          maxLength: 5,
        }),
        (text, steps) => {
          const doc = buildDocument(text, detectTurns(text));
          const lazy = new DecorationIndex(doc, text);
          // The whole-document reference: every block decorated after every update, as before.
          const eager = new DecorationIndex(doc, text);
          let last: DecorInputs | null = null;
          for (const [step, reuse] of steps) {
            const inputs = inputsOf(text, step, last, reuse);
            last = inputs;
            expect(lazy.update(inputs)).toEqual(eager.update(inputs));
            snapshot(eager, doc);
            // Only some blocks are rendered (asked for) before the next change.
            for (const f of step.asked) {
              const b = Math.floor(f * doc.length);
              expect(lazy.decorAt(b, 0)).toEqual(eager.decorAt(b, 0));
              expect(lazy.barsAt(doc[b]!.start)).toEqual(eager.barsAt(doc[b]!.start));
            }
          }
          // In the end every block, asked for now, matches the reference and a fresh index of the last inputs.
          const fresh = new DecorationIndex(doc, text);
          fresh.update(last!);
          expect(snapshot(lazy, doc)).toEqual(snapshot(eager, doc));
          expect(snapshot(lazy, doc)).toEqual(snapshot(fresh, doc));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('decorates nothing until a block is asked for, then only that block', () => {
    const text = 'I: How was it?\nR: Loving.\nI: And your father?\nR: Busy.';
    const doc = buildDocument(text, detectTurns(text));
    const index = new DecorationIndex(doc, text);
    const busy = text.indexOf('Busy');
    const inputs: DecorInputs = {
      highlights: assignLanes([{ id: 'a', codeId: 'c', start: busy, end: busy + 4 }]),
      activeIds: new Set(),
      marks: [],
      find: { matches: [], current: -1 },
    };
    expect(index.update(inputs)).toEqual([0, 1, 2, 3]);
    const filled = () => (index as unknown as { filled: Set<number> }).filled;
    expect(filled().size).toBe(0);
    expect(index.barsAt(doc[3]!.start).map((b) => b.id)).toEqual(['a']);
    expect([...filled()]).toEqual([3]);
    expect(index.decorAt(3, 1).map((d) => [d.from, d.to, d.highlights?.map((h) => h.id)])).toEqual([[0, 4, ['a']]]);
  });
});
