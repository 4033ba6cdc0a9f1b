import { describe, expect, it } from 'vitest';
import type { AgreementAnnotation, AgreementRating } from '../../../shared/reliability/types.ts';
import { WireDecoder, WireEncoder, type TranscriptRecords } from './wire.ts';

const ann = (
  transcriptId: string,
  coderId: string,
  codeId: string,
  start: number,
  end: number,
): AgreementAnnotation => ({
  transcriptId,
  coderId,
  codeId,
  start,
  end,
});
const rating = (
  transcriptId: string,
  coderId: string,
  value: number | null,
  notRateable = false,
  target = 'mother',
): AgreementRating => ({ transcriptId, coderId, scaleId: 'love', target, value, notRateable });

describe('the agreement reader wire format', () => {
  const first: TranscriptRecords[] = [
    {
      id: 't1',
      annotations: [ann('t1', 'ann', 'idealization', 0, 12), ann('t1', 'bo', 'passivity', 5, 2 ** 40)],
      ratings: [rating('t1', 'ann', 4.5), rating('t1', 'bo', null, true), rating('t1', 'bo', null, false, 'event:x')],
      unitizing: null,
    },
    { id: 't2', annotations: [], ratings: [rating('t2', 'ann', 0)], unitizing: null },
  ];
  const second: TranscriptRecords[] = [
    {
      id: 't3',
      annotations: [ann('t3', 'bo', 'idealization', 3, 4), ann('t3', 'cy', 'lack-of-memory', 7, 9)],
      ratings: [],
      unitizing: null,
    },
  ];

  it('decodes, batch after batch, the records it was given (strings sent once, nulls and flags kept)', () => {
    const enc = new WireEncoder();
    const dec = new WireDecoder();
    const a = enc.encode(first);
    const b = enc.encode(second);
    expect(b.batch.strings).toEqual(['cy', 'lack-of-memory']);
    expect(dec.decode(a.batch, () => true)).toEqual(first);
    expect(dec.decode(b.batch, () => true)).toEqual(second);
  });

  it("keeps only the coders shown: a hidden coder's records never reach the request thread's objects", () => {
    const enc = new WireEncoder();
    const dec = new WireDecoder();
    const out = dec.decode(enc.encode(first).batch, (_t, coder) => coder !== 'bo');
    expect(out[0]?.annotations).toEqual([first[0]?.annotations[0]]);
    expect(out[0]?.ratings).toEqual([first[0]?.ratings[0]]);
    expect(JSON.stringify(out)).not.toContain('"bo"');
  });

  it('hands its numbers over as transferable buffers, one per array', () => {
    const { batch, transfer } = new WireEncoder().encode(first);
    expect(transfer).toHaveLength(6);
    expect(transfer).toContain(batch.annSpans.buffer);
    expect(batch.annSpans[3]).toBe(2 ** 40);
  });
});
