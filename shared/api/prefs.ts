import { z } from 'zod';
import { takes } from './method.ts';
import { emptyArgs, id } from './primitives.ts';

/**
 * Settings of this computer's user, kept in the app's data folder beside the recent-projects list (never
 * in a project file, never sent anywhere): how dates and numbers are written, the coding view's panel
 * sizes, and where each coder left each transcript.
 */
export const formatStyle = z.enum(['system', 'iso']);
export type FormatStyle = z.infer<typeof formatStyle>;

/** The coding view's panels: widths and heights in CSS pixels, each optional (absent: the default). */
export const panelLayoutSchema = z
  .object({
    inspectorWidth: z.number().int().min(280).max(1200).optional(),
    highlightHeight: z.number().int().min(60).max(2000).optional(),
    highlightCollapsed: z.boolean().optional(),
    panelCollapsed: z.boolean().optional(),
  })
  .strict();
export type PanelLayout = z.infer<typeof panelLayoutSchema>;

export interface Prefs {
  /** 'system': the system locale through Intl; 'iso': 2026-12-07 14:03 and "." decimals. */
  format: FormatStyle;
  layout: PanelLayout;
}

export const prefsUpdateArgs = z
  .object({ format: formatStyle.optional(), layout: panelLayoutSchema.optional() })
  .strict();

/** Where a coder left a transcript: the first character in view and the caret, as text offsets. */
export const readingPlaceSchema = z
  .object({
    top: z.number().int().min(0).max(100_000_000),
    caret: z.number().int().min(0).max(100_000_000).nullable(),
  })
  .strict();
export type ReadingPlace = z.infer<typeof readingPlaceSchema>;

export const prefsPlaceArgs = z.object({ transcriptId: id }).strict();
export const prefsSetPlaceArgs = z.object({ transcriptId: id, place: readingPlaceSchema }).strict();

export const prefsApi = {
  'prefs-get': takes(emptyArgs).returns<Prefs>(),
  /** Changes only what it names; a `layout` given replaces the stored one (a size left out returns to its default). */
  'prefs-update': takes(prefsUpdateArgs).returns<Prefs>(),
  /** The acting coder's place in a transcript of the open project, or null (never there, or no coder). */
  'prefs-get-place': takes(prefsPlaceArgs).returns<ReadingPlace | null>(),
  'prefs-set-place': takes(prefsSetPlaceArgs).returns<null>(),
};
