import { z } from 'zod';
import { cleanLine, cleanText } from '../text/clean-text.ts';

/** The zod pieces every domain's arguments are built from: one definition each, one message each. */

export const id = z.string().min(1, 'an id is required').max(100);

/** Half-open text offsets count UTF-16 code units of the stored transcript text. */
export const offset = z.number().int('offsets are whole numbers').nonnegative('offsets are not negative');

/** A passage tag's severity: 1 (mild) to 3 (marked), or none. */
export const severity = z.number().int('a severity is a whole number').min(1).max(3);

/** Notes on highlights, ratings, events and classifications: stored clean (see shared/text/clean-text.ts). */
export const noteText = z.string().max(20_000, 'a note has at most 20,000 characters').transform(cleanText);

/** Longer free text (memos) under the same rules as notes. */
export const longText = (max: number, message: string) => z.string().max(max, message).transform(cleanText);

/** A one-line text (names of people and things, titles): cleaned, line breaks as spaces. */
export const lineText = (max: number) => z.string().max(max).transform(cleanLine);

/** A timestamp as stored (ISO 8601). */
export const isoTime = z.string().min(1).max(40);

export const emptyArgs = z.object({}).strict();

/** Arguments naming one transcript of one coder: most coding reads and writes. */
export const ownerArgs = z.object({ transcriptId: id, coderId: id }).strict();

export const byId = z.object({ id }).strict();
