import { describe, expect, it } from 'vitest';
import { deriveAllLevels, deriveLevel } from './classification.ts';
import { defaultCodebook } from './default-codebook.ts';

const scheme = defaultCodebook().classification!;
const labels = (primary: string, alternative: string | null) =>
  Object.fromEntries(deriveAllLevels(scheme, { primary, alternative }).map((d) => [d.level, d.label]));

describe('classification levels derived from one stored coding (docs/domain.md: Classification)', () => {
  it('maps an organised category directly at every level', () => {
    expect(labels('Ds', null)).toEqual({
      '2-way': 'non-F',
      'u-vs-non-u': 'non-U',
      '3-way': 'Ds',
      '4-way': 'Ds',
      '5-way': 'Ds',
    });
    expect(labels('F', null)).toEqual({
      '2-way': 'F',
      'u-vs-non-u': 'non-U',
      '3-way': 'F',
      '4-way': 'F',
      '5-way': 'F',
    });
  });

  it('counts U under its alternative at 3-way, as U at 4-way and 5-way, including subtype alternatives (U/E2)', () => {
    expect(labels('U', 'E2')).toEqual({
      '2-way': 'non-F',
      'u-vs-non-u': 'U',
      '3-way': 'E',
      '4-way': 'U',
      '5-way': 'U',
    });
    expect(labels('U', 'F')).toMatchObject({ '3-way': 'F' });
  });

  it('keeps CC as its own category at 5-way and folds it into U at 4-way', () => {
    expect(labels('CC', 'Ds')).toMatchObject({ '3-way': 'Ds', '4-way': 'U', '5-way': 'CC' });
  });

  it('reports null with a reason, never a guess, when U has no alternative or the level is unknown', () => {
    expect(deriveLevel(scheme, '3-way', { primary: 'U', alternative: null })).toEqual({
      level: '3-way',
      label: null,
      reason: 'U has no alternative recorded',
    });
    expect(deriveLevel(scheme, '7-way', { primary: 'F', alternative: null })).toMatchObject({
      label: null,
      reason: 'unknown level "7-way"',
    });
    expect(deriveLevel(scheme, '3-way', { primary: 'U', alternative: 'CC' })).toMatchObject({ label: null });
  });
});
