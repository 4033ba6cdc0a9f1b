// How the agreement reader's worker hands transcripts' highlights and ratings to the request thread: ids as
// indexes into a table of strings sent once each, numbers in typed arrays whose buffers are transferred, not
// copied. Decoding makes the same objects (same fields, same order, one string per id) as reading in-thread.
import type { TranscriptUnitizing } from '../../../shared/reliability/passage-agreement.ts';
import type { AgreementAnnotation, AgreementRating } from '../../../shared/reliability/types.ts';

/** A unitizing alpha computed ahead, with the coders it was computed over. */
export interface UnitizingAhead {
  coders: string[];
  value: TranscriptUnitizing;
}

export interface TranscriptRecords {
  id: string;
  annotations: readonly AgreementAnnotation[];
  ratings: readonly AgreementRating[];
  unitizing: UnitizingAhead | null;
}

/** A batch of transcripts, in the order asked for. */
export interface WireBatch {
  /** Strings first used in this batch: they continue the table. */
  strings: string[];
  ids: string[];
  /** Per transcript: how many highlights, how many ratings. */
  counts: Int32Array;
  /** Per highlight: coder, code (string indexes). */
  annIds: Int32Array;
  /** Per highlight: start, end. */
  annSpans: Float64Array;
  /** Per rating: coder, scale, target (string indexes). */
  ratingIds: Int32Array;
  ratingValues: Float64Array;
  /** Per rating: 1 not rateable, 2 no value. */
  ratingFlags: Uint8Array;
  /** Per transcript (structured-cloned: a few numbers each). */
  unitizing: (UnitizingAhead | null)[];
}

/** The worker's side: strings it has sent, with their indexes. */
export class WireEncoder {
  private readonly index = new Map<string, number>();
  private fresh: string[] = [];

  private idOf(s: string): number {
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.index.size;
      this.index.set(s, i);
      this.fresh.push(s);
    }
    return i;
  }

  encode(items: readonly TranscriptRecords[]): { batch: WireBatch; transfer: ArrayBuffer[] } {
    let nA = 0;
    let nR = 0;
    for (const t of items) {
      nA += t.annotations.length;
      nR += t.ratings.length;
    }
    const b: WireBatch = {
      strings: [],
      ids: items.map((t) => t.id),
      counts: new Int32Array(items.length * 2),
      annIds: new Int32Array(nA * 2),
      annSpans: new Float64Array(nA * 2),
      ratingIds: new Int32Array(nR * 3),
      ratingValues: new Float64Array(nR),
      ratingFlags: new Uint8Array(nR),
      unitizing: items.map((t) => t.unitizing),
    };
    let a = 0;
    let r = 0;
    items.forEach((t, k) => {
      b.counts[2 * k] = t.annotations.length;
      b.counts[2 * k + 1] = t.ratings.length;
      for (const x of t.annotations) {
        b.annIds[2 * a] = this.idOf(x.coderId);
        b.annIds[2 * a + 1] = this.idOf(x.codeId);
        b.annSpans[2 * a] = x.start;
        b.annSpans[2 * a + 1] = x.end;
        a++;
      }
      for (const x of t.ratings) {
        b.ratingIds[3 * r] = this.idOf(x.coderId);
        b.ratingIds[3 * r + 1] = this.idOf(x.scaleId);
        b.ratingIds[3 * r + 2] = this.idOf(x.target);
        b.ratingValues[r] = x.value ?? 0;
        b.ratingFlags[r] = (x.notRateable ? 1 : 0) | (x.value === null ? 2 : 0);
        r++;
      }
    });
    b.strings = this.fresh;
    this.fresh = [];
    const transfer = [b.counts, b.annIds, b.annSpans, b.ratingIds, b.ratingValues, b.ratingFlags].map(
      (x) => x.buffer as ArrayBuffer,
    );
    return { batch: b, transfer };
  }
}

/** The request thread's side: the string table so far. */
export class WireDecoder {
  private readonly strings: string[] = [];

  /** Each transcript's records; `shown` keeps only what the acting coder may see (transcript id, coder id). */
  decode(b: WireBatch, shown: (transcriptId: string, coderId: string) => boolean): TranscriptRecords[] {
    for (const s of b.strings) this.strings.push(s);
    const str = this.strings;
    const out: TranscriptRecords[] = [];
    let a = 0;
    let r = 0;
    b.ids.forEach((transcriptId, k) => {
      const annotations: AgreementAnnotation[] = [];
      const ratings: AgreementRating[] = [];
      for (const end = a + (b.counts[2 * k] as number); a < end; a++) {
        const coderId = str[b.annIds[2 * a] as number] as string;
        if (!shown(transcriptId, coderId)) continue;
        annotations.push({
          transcriptId,
          coderId,
          codeId: str[b.annIds[2 * a + 1] as number] as string,
          start: b.annSpans[2 * a] as number,
          end: b.annSpans[2 * a + 1] as number,
        });
      }
      for (const end = r + (b.counts[2 * k + 1] as number); r < end; r++) {
        const coderId = str[b.ratingIds[3 * r] as number] as string;
        if (!shown(transcriptId, coderId)) continue;
        const flags = b.ratingFlags[r] as number;
        ratings.push({
          transcriptId,
          coderId,
          scaleId: str[b.ratingIds[3 * r + 1] as number] as string,
          target: str[b.ratingIds[3 * r + 2] as number] as string,
          value: flags & 2 ? null : (b.ratingValues[r] as number),
          notRateable: (flags & 1) === 1,
        });
      }
      out.push({ id: transcriptId, annotations, ratings, unitizing: b.unitizing[k] ?? null });
    });
    return out;
  }
}
