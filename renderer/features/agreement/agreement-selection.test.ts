import { describe, expect, it } from 'vitest';
import { agreementSelection, type AgreementChoices } from './agreement-selection.ts';

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
