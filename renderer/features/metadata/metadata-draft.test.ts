import { describe, expect, it } from 'vitest';
import {
  draftProblem,
  fieldLabel,
  fromDraft,
  isHidden,
  metadataRows,
  newFieldProblem,
  recordOf,
  sameList,
  sameRecord,
  toDraft,
  withHidden,
} from './metadata-draft.ts';

const RECORD = {
  participantCode: 'SYN-0001',
  interviewDate: '2024-03-14',
  interviewer: 'INT-07',
  group: 'B',
  Wave: '2',
};

describe('metadata editing', () => {
  it('splits the stored record into core and free fields and back, as the service stores it', () => {
    const d = toDraft(RECORD);
    expect(d.participantCode).toBe('SYN-0001');
    expect(d.fields).toEqual([
      { key: 'group', value: 'B' },
      { key: 'Wave', value: '2' },
    ]);
    expect(fromDraft(d)).toEqual({
      participantCode: 'SYN-0001',
      interviewDate: '2024-03-14',
      interviewer: 'INT-07',
      fields: { group: 'B', Wave: '2' },
    });
    expect(recordOf(d)).toEqual(RECORD);
    // Blank values are not stored; values are trimmed.
    expect(
      recordOf({
        ...d,
        interviewer: '  ',
        fields: [
          { key: 'group', value: ' C ' },
          { key: 'Wave', value: '' },
        ],
      }),
    ).toEqual({
      participantCode: 'SYN-0001',
      interviewDate: '2024-03-14',
      group: 'C',
    });
    expect(toDraft({})).toEqual({ participantCode: '', interviewDate: '', interviewer: '', fields: [] });
  });

  it('compares records and hidden lists (names case-insensitively)', () => {
    expect(sameRecord(RECORD, { ...RECORD })).toBe(true);
    expect(sameRecord(RECORD, { ...RECORD, group: 'A' })).toBe(false);
    expect(sameRecord({ a: '1' }, { a: '1', b: '2' })).toBe(false);
    expect(sameList(['Group', 'condition'], ['condition', 'group'])).toBe(true);
    expect(sameList(['group'], [])).toBe(false);
  });

  it('hides and shows fields by name, whatever their case', () => {
    expect(isHidden(['Group'], 'group')).toBe(true);
    expect(withHidden(['Group', 'condition'], 'group', false)).toEqual(['condition']);
    expect(withHidden(['condition'], ' group ', true)).toEqual(['condition', 'group']);
    expect(withHidden(['GROUP'], 'group', true)).toEqual(['group']);
  });

  it('lists rows core fields first, labelled, each marked hidden or not', () => {
    expect(metadataRows(RECORD, ['group', 'INTERVIEWER'])).toEqual([
      { key: 'participantCode', label: 'Participant code', value: 'SYN-0001', hidden: false },
      { key: 'interviewDate', label: 'Interview date', value: '2024-03-14', hidden: false },
      { key: 'interviewer', label: 'Interviewer', value: 'INT-07', hidden: true },
      { key: 'group', label: 'group', value: 'B', hidden: true },
      { key: 'Wave', label: 'Wave', value: '2', hidden: false },
    ]);
    expect(fieldLabel('interviewDate')).toBe('Interview date');
    expect(fieldLabel('condition')).toBe('condition');
  });

  it('refuses a bad date, overlong values and duplicate or core field names', () => {
    const d = toDraft(RECORD);
    expect(draftProblem(d)).toBeNull();
    expect(draftProblem({ ...d, interviewDate: '14/03/2024' })).toBe(
      'Write the interview date as YYYY, YYYY-MM or YYYY-MM-DD.',
    );
    expect(draftProblem({ ...d, interviewDate: '2024-03' })).toBeNull();
    expect(draftProblem({ ...d, fields: [{ key: 'notes', value: 'x'.repeat(2001) }] })).toBe(
      '“notes” has more than 2,000 characters.',
    );
    expect(newFieldProblem(d, ' ')).toBe('Enter a field name.');
    expect(newFieldProblem(d, 'GROUP')).toBe('There is already a field “GROUP”.');
    expect(newFieldProblem(d, 'Interview date')).toBe('“Interview date” is already a field above.');
    expect(newFieldProblem(d, 'participantcode')).toBe('“participantcode” is already a field above.');
    expect(newFieldProblem(d, 'condition')).toBeNull();
  });
});
