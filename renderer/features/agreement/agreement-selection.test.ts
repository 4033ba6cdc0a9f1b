import { describe, expect, it } from 'vitest';
import {
  agreementSelection,
  levelLabelParts,
  startingTranscriptIds,
  type AgreementChoices,
} from './agreement-selection.ts';

const transcripts = [{ id: 't1' }, { id: 't2' }, { id: 't3' }];
const coders = [{ id: 'ada' }, { id: 'ben' }];
const choices = (over: Partial<AgreementChoices>): AgreementChoices => ({
  scope: 'project',
  one: 't2',
  transcriptIds: new Set(['t3', 't1']),
  coderIds: new Set(['ben', 'ada']),
  ...over,
});

describe('agreement selection', () => {
  it('starts with the revealed transcripts in a blind study revealed one by one, otherwise with every transcript', () => {
    const blind = { blindMode: true, revealed: false, revealedTranscripts: ['t3', 't2'] };
    expect(startingTranscriptIds(transcripts, blind)).toEqual(['t2', 't3']);
    expect(startingTranscriptIds(transcripts, { ...blind, revealed: true })).toEqual(['t1', 't2', 't3']);
    expect(startingTranscriptIds(transcripts, { ...blind, blindMode: false })).toEqual(['t1', 't2', 't3']);
    expect(startingTranscriptIds(transcripts, { ...blind, revealedTranscripts: [] })).toEqual(['t1', 't2', 't3']);
  });

  it('asks about the chosen transcripts and coders in project order, or the one transcript', () => {
    expect(agreementSelection(choices({}), transcripts, coders)).toEqual({
      transcriptIds: ['t1', 't3'],
      coderIds: ['ada', 'ben'],
    });
    expect(agreementSelection(choices({ scope: 'transcript' }), transcripts, coders).transcriptIds).toEqual(['t2']);
  });

  it('says what to choose when a list would be empty', () => {
    expect(() => agreementSelection(choices({ transcriptIds: new Set() }), transcripts, coders)).toThrow(
      'Choose at least one transcript.',
    );
    expect(() => agreementSelection(choices({ scope: 'transcript', one: '' }), transcripts, coders)).toThrow(
      'Choose at least one transcript.',
    );
    expect(() => agreementSelection(choices({ coderIds: new Set(['gone']) }), transcripts, coders)).toThrow(
      'Choose at least one coder.',
    );
  });
});

describe('a level label in the side panel', () => {
  it('is its name in the list and what it means beneath', () => {
    expect(levelLabelParts('3-way (F/Ds/E; U and CC under their alternative)')).toEqual({
      name: '3-way',
      detail: 'F/Ds/E; U and CC under their alternative',
    });
    expect(levelLabelParts('U vs non-U')).toEqual({ name: 'U vs non-U', detail: null });
    expect(levelLabelParts('2-way (F vs non-F)')).toEqual({ name: '2-way', detail: 'F vs non-F' });
  });
});
