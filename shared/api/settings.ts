import { z } from 'zod';
import { takes } from './method.ts';
import { emptyArgs } from './primitives.ts';
import { speakerPatternSchema } from './transcript.ts';

/**
 * Project-wide settings. Blind coding and trainer keys are enforced by the services (not only the UI):
 * every read of another coder's work goes through one visibility rule.
 */
export const projectSettingsSchema = z
  .object({
    /** Each coder sees only their own coding until the lead reveals. */
    blindMode: z.boolean().default(false),
    revealed: z.boolean().default(false),
    /** Transcripts revealed one by one in blind mode (`study-reveal`, never `settings-update`). */
    revealedTranscripts: z.array(z.string().min(1).max(100)).max(100_000).default([]),
    /** A key coder per transcript; a trainee sees the key only after submitting that transcript. */
    trainerMode: z.boolean().default(false),
    passThreshold: z.number().min(0).max(1).default(0.8),
    passLevel: z.string().min(1).default('3-way'),
    passStatistic: z.enum(['percent-agreement', 'cohen-kappa']).default('percent-agreement'),
    /** Scale disagreements beyond this many points are listed in the disagreement review. */
    scaleTolerance: z.number().min(0).max(9).default(1),
    /** Metadata fields never shown to coders (group, condition, other measures). */
    hiddenMetadataFields: z.array(z.string().min(1).max(80)).default([]),
    /**
     * The lab's speaker labels for imports (omitted: the built-in I/INT/Interviewer, R/S/SUBJ/Respondent/Subject).
     * Replacement lists are deliberately NOT a setting: they pair real names with tokens (a re-identification key).
     */
    importSpeakerPatterns: z.array(speakerPatternSchema).min(1).max(100).optional(),
  })
  .strict();
export type ProjectSettings = z.infer<typeof projectSettingsSchema>;

/**
 * A patch names only what it changes. Built from the fields WITHOUT their defaults: zod 4 applies a
 * default even inside .partial(), which turned every patch into a reset of the other settings
 * (changing hidden fields switched blind coding off). `revealedTranscripts` is left out: revealing a
 * transcript has its own rules (`study-reveal`).
 */
const sh = projectSettingsSchema.shape;
export const settingsUpdateArgs = z
  .object({
    blindMode: sh.blindMode.unwrap(),
    revealed: sh.revealed.unwrap(),
    trainerMode: sh.trainerMode.unwrap(),
    passThreshold: sh.passThreshold.unwrap(),
    passLevel: sh.passLevel.unwrap(),
    passStatistic: sh.passStatistic.unwrap(),
    scaleTolerance: sh.scaleTolerance.unwrap(),
    hiddenMetadataFields: sh.hiddenMetadataFields.unwrap(),
    importSpeakerPatterns: sh.importSpeakerPatterns,
  })
  .partial()
  .strict();

export const settingsApi = {
  'settings-get': takes(emptyArgs).returns<ProjectSettings>(),
  /** Blind-mode, reveal and trainer settings need a lead (or trainer) as the acting coder. */
  'settings-update': takes(settingsUpdateArgs).returns<ProjectSettings>(),
};
