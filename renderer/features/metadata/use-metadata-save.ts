import { useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import { saveMetadata } from './metadata-edits.ts';

/** What the editor started from: the stored record and the project's hidden fields. */
interface Saved {
  record: Readonly<Record<string, string>>;
  hidden: readonly string[];
}

/**
 * Saving the metadata editor: record and hidden fields together (one undoable step), then `onSaved`.
 * A failure is kept to show in the dialog, which stays open.
 */
export function useMetadataSave(transcriptId: string, before: Saved, onSaved: () => void) {
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const save = async (record: Record<string, string>, hidden: string[]) => {
    setSaving(true);
    setSaveError(null);
    try {
      await saveMetadata(transcriptId, before, { record, hidden });
      onSaved();
    } catch (e) {
      setSaveError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  return { saving, saveError, save };
}
