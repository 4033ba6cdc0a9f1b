/** What to compare: every chosen transcript, or the one chosen in "Per transcript". */
export type Scope = 'project' | 'transcript';

export interface AgreementChoices {
  scope: Scope;
  /** The transcript of "Per transcript". */
  one: string;
  transcriptIds: ReadonlySet<string>;
  coderIds: ReadonlySet<string>;
}

/**
 * The transcript and coder ids the host is asked about, in project order; throws the message to show
 * when either list would be empty.
 */
export function agreementSelection(
  choices: AgreementChoices,
  transcripts: readonly { id: string }[],
  coders: readonly { id: string }[],
): { transcriptIds: string[]; coderIds: string[] } {
  const transcriptIds =
    choices.scope === 'transcript'
      ? choices.one
        ? [choices.one]
        : []
      : transcripts.filter((t) => choices.transcriptIds.has(t.id)).map((t) => t.id);
  const coderIds = coders.filter((c) => choices.coderIds.has(c.id)).map((c) => c.id);
  if (transcriptIds.length === 0) throw new Error('Choose at least one transcript.');
  if (coderIds.length === 0) throw new Error('Choose at least one coder.');
  return { transcriptIds, coderIds };
}

/**
 * The transcripts chosen when the dashboard opens: every one, except in a blind study revealed
 * transcript by transcript, where only the revealed ones hold anyone's coding to compare.
 */
export function startingTranscriptIds(
  transcripts: readonly { id: string }[],
  settings: { blindMode: boolean; revealed: boolean; revealedTranscripts: readonly string[] },
): string[] {
  const all = transcripts.map((t) => t.id);
  if (!settings.blindMode || settings.revealed) return all;
  const shown = all.filter((id) => settings.revealedTranscripts.includes(id));
  return shown.length > 0 ? shown : all;
}

/**
 * A classification level's label as the side panel shows it: its name in the list ("3-way") and what it means
 * beneath ("F/Ds/E; U and CC under their alternative"), since the whole label does not fit a 240 px list.
 */
export function levelLabelParts(label: string): { name: string; detail: string | null } {
  const m = /^(.+?)\s*\((.+)\)\s*$/.exec(label);
  return m ? { name: (m[1] as string).trim(), detail: (m[2] as string).trim() } : { name: label, detail: null };
}
