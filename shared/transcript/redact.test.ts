import { describe, expect, it } from 'vitest';
import { hiddenHeaderRanges, maskRanges } from './redact.ts';

const TEXT =
  'SYNTHETIC – NOT REAL DATA\nParticipant: SYN-0004\nGroup: control\nCondition:  waitlist\nI: Tell me about your mother.\nR: Group work was hard. Control, always.';

describe('masking hidden header values for coders', () => {
  it('masks only the values of hidden header fields, keeping length and offsets', () => {
    const ranges = hiddenHeaderRanges(TEXT, ['group', 'CONDITION']);
    const masked = maskRanges(TEXT, ranges);
    expect(masked.length).toBe(TEXT.length);
    expect(masked).toContain('Group: •••••••\n');
    expect(masked).toContain('Condition:  ••••••••\n');
    expect(masked).toContain('Participant: SYN-0004');
    // Speech is never touched, even where it shares the word.
    expect(masked.slice(masked.indexOf('R:'))).toBe('R: Group work was hard. Control, always.');
  });

  it('changes nothing when no field is hidden or no header line matches', () => {
    expect(maskRanges(TEXT, hiddenHeaderRanges(TEXT, []))).toBe(TEXT);
    expect(maskRanges(TEXT, hiddenHeaderRanges(TEXT, ['wave']))).toBe(TEXT);
  });
});
