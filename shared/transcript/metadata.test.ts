import { describe, expect, it } from 'vitest';
import {
  coarsenDate,
  metadataToRecord,
  parseHeader,
  parseInterviewDate,
  transcriptMetadataSchema,
  visibleMetadata,
} from './metadata.ts';

describe('transcriptMetadataSchema', () => {
  it('accepts core, free and hidden fields and defaults the collections', () => {
    const parsed = transcriptMetadataSchema.parse({ participantCode: 'SYN-0001', interviewDate: '2026-03' });
    expect(parsed).toEqual({ participantCode: 'SYN-0001', interviewDate: '2026-03', fields: {}, hiddenFields: [] });
  });

  it('rejects malformed dates and unknown keys', () => {
    expect(transcriptMetadataSchema.safeParse({ interviewDate: '2026-13-01' }).success).toBe(false);
    expect(transcriptMetadataSchema.safeParse({ interviewDate: '02/03/2026' }).success).toBe(false);
    expect(transcriptMetadataSchema.safeParse({ participant: 'x' }).success).toBe(false);
  });
});

describe('visibleMetadata', () => {
  const meta = transcriptMetadataSchema.parse({
    participantCode: 'SYN-0002',
    interviewer: 'XY',
    fields: { 'SSP classification': 'B', Wave: '2' },
    hiddenFields: ['ssp classification', 'Interviewer'],
  });

  it('removes hidden core and free fields (case-insensitive) and the hidden list itself', () => {
    expect(visibleMetadata(meta)).toEqual({ participantCode: 'SYN-0002', fields: { Wave: '2' }, hiddenFields: [] });
  });

  it('uses an explicit hidden list when given (lab-level setting)', () => {
    expect(visibleMetadata(meta, ['wave'])).toEqual({
      participantCode: 'SYN-0002',
      interviewer: 'XY',
      fields: { 'SSP classification': 'B' },
      hiddenFields: [],
    });
  });

  it('flattens to the API string record', () => {
    expect(metadataToRecord(meta)).toEqual({
      participantCode: 'SYN-0002',
      interviewer: 'XY',
      'SSP classification': 'B',
      Wave: '2',
    });
  });
});

describe('parseInterviewDate / coarsenDate', () => {
  it('parses unambiguous forms and refuses ambiguous or impossible ones', () => {
    expect(parseInterviewDate('2026-03-02')).toBe('2026-03-02');
    expect(parseInterviewDate('2026/3/2')).toBe('2026-03-02');
    expect(parseInterviewDate('2026-03')).toBe('2026-03');
    expect(parseInterviewDate('2026')).toBe('2026');
    expect(parseInterviewDate('2.3.2026')).toBe('2026-03-02');
    expect(parseInterviewDate('2 March 2026')).toBe('2026-03-02');
    expect(parseInterviewDate('March 2nd, 2026')).toBe('2026-03-02');
    expect(parseInterviewDate('Sept. 2026')).toBe('2026-09');
    expect(parseInterviewDate('02/03/2026')).toBeNull();
    expect(parseInterviewDate('2026-02-30')).toBeNull();
    expect(parseInterviewDate('yesterday')).toBeNull();
  });

  it('coarsens dates', () => {
    expect(coarsenDate('2026-03-02', 'month')).toBe('2026-03');
    expect(coarsenDate('2026-03-02', 'year')).toBe('2026');
  });
});

describe('parseHeader', () => {
  it('reads header lines before the first turn, including an Interviewer line that is not a turn', () => {
    const text = [
      'SYNTHETIC – NOT REAL DATA',
      'Participant: SYN-0001',
      'Date: 2 March 2026',
      'Interviewer: XY',
      'Transcriber: TR-3',
      '',
      'I: 1. Could you tell me about your family?',
      'Note: this is speech, not header',
    ].join('\n');
    const h = parseHeader(text);
    expect(h.metadata).toEqual({
      participantCode: 'SYN-0001',
      interviewDate: '2026-03-02',
      interviewer: 'XY',
      fields: { Transcriber: 'TR-3' },
      hiddenFields: [],
    });
    expect(h.entries.map((e) => [e.key, e.field])).toEqual([
      ['Participant', 'participantCode'],
      ['Date', 'interviewDate'],
      ['Interviewer', 'interviewer'],
      ['Transcriber', null],
    ]);
    expect(text.slice(h.entries[0]!.start, h.entries[0]!.end)).toBe('Participant: SYN-0001');
    expect(h.end).toBe(text.indexOf('I: 1.'));
    expect(h.warnings).toEqual([]);
  });

  it('keeps an unrecognised date as a free field with a warning', () => {
    const h = parseHeader('Subject ID: SYN-0009\nDate: 02/03/2026\n\nR: hello');
    expect(h.metadata.participantCode).toBe('SYN-0009');
    expect(h.metadata.interviewDate).toBeUndefined();
    expect(h.metadata.fields).toEqual({ Date: '02/03/2026' });
    expect(h.warnings[0]).toContain('02/03/2026');
  });

  it('without any turns, reads only the first block of lines', () => {
    const h = parseHeader('Participant: SYN-0004\n\nQ: where?\nA: here');
    expect(h.metadata).toEqual({ participantCode: 'SYN-0004', fields: {}, hiddenFields: [] });
  });
});
