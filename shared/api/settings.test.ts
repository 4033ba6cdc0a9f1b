import { describe, expect, it } from 'vitest';
import { projectSettingsSchema, settingsUpdateArgs } from './settings.ts';

describe('settings-update arguments', () => {
  it('keep only the fields given: a patch never resets the others to their defaults (blind coding stayed on)', () => {
    expect(settingsUpdateArgs.parse({ hiddenMetadataFields: ['group'] })).toEqual({ hiddenMetadataFields: ['group'] });
    expect(settingsUpdateArgs.parse({ revealed: true })).toEqual({ revealed: true });
  });
  it('still validate each field and refuse unknown ones', () => {
    expect(settingsUpdateArgs.safeParse({ passThreshold: 1.5 }).success).toBe(false);
    expect(settingsUpdateArgs.safeParse({ blind: true }).success).toBe(false);
  });
  it('name every setting the schema has but the per-transcript reveals, which only study-reveal sets (with its rule)', () => {
    const settable = Object.keys(projectSettingsSchema.shape).filter((k) => k !== 'revealedTranscripts');
    expect(Object.keys(settingsUpdateArgs.shape).sort()).toEqual(settable.sort());
    expect(settingsUpdateArgs.safeParse({ revealedTranscripts: ['t1'] }).success).toBe(false);
  });
});
