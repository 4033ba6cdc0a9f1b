import { useEffect, useMemo, useState } from 'react';
import type { CodebookVersion, StoredCodebook } from '../../../shared/api/codebook.ts';
import type { Codebook } from '../../../shared/codebook/codebook-schema.ts';
import { errorMessage, send } from '../../api/client.ts';
import { useCommands } from '../../state/commands.ts';
import { trackWrite } from '../../state/save-status.ts';
import { pushUndo } from '../../state/undo-stack.ts';
import { exportJson, useCodebookQdc } from './use-codebook-qdc.ts';
import { validationLines } from './draft/files.ts';
import { reservedKeys } from './draft/hotkeys.ts';
import { finalizeNewIds } from './draft/ids.ts';
import { draftProblems } from './draft/validation.ts';

export type EditorMessage = { kind: 'ok'; text: string } | { kind: 'error'; title: string; lines: string[] } | null;

/** Make another stored version the active one (what undo of a save or import does). */
async function activate(key: string): Promise<void> {
  await trackWrite('Switching the codebook version', send('codebook-activate', { key }));
}

interface Options {
  /** After every load (on open, after a save or an import), with the now active codebook. */
  onLoaded: (active: Codebook) => void;
  /** Before the imported codebook is loaded: nothing chosen in the old one applies to it. */
  onImported: () => void;
}

/**
 * The active codebook, its stored versions and the draft edited over it with what stops it from being
 * saved: loaded on open; saved as a new version, imported from a file or exported to one, each reported
 * in `message`. Save and import can be undone (from the coding view): undo makes the previous version
 * active again.
 */
export function useCodebookDraft({ onLoaded, onImported }: Options) {
  const [stored, setStored] = useState<StoredCodebook | null>(null);
  const [draft, setDraft] = useState<Codebook | null>(null);
  const [versions, setVersions] = useState<CodebookVersion[]>([]);
  const [message, setMessage] = useState<EditorMessage>(null);
  const [busy, setBusy] = useState(false);

  const load = async () => {
    const [active, list] = await Promise.all([send('codebook-get-active', {}), send('codebook-list', {})]);
    setStored(active);
    setDraft(active.codebook);
    setVersions(list);
    onLoaded(active.codebook);
  };
  const qdc = useCodebookQdc({ storedKey: stored?.key, activate, load, onImported, setBusy, setMessage });

  useEffect(() => {
    load().catch((e: unknown) =>
      setMessage({ kind: 'error', title: 'The codebook could not be loaded', lines: [errorMessage(e)] }),
    );
    // Load once on open; later loads follow a save or an import.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const dirty = useMemo(
    () => !!stored && !!draft && JSON.stringify(stored.codebook) !== JSON.stringify(draft),
    [stored, draft],
  );
  const commands = useCommands();
  // Keys the app's own commands use cannot be code hotkeys.
  const reserved = useMemo(() => reservedKeys(commands), [commands]);
  const problems = useMemo(() => (draft ? draftProblems(draft, reserved) : []), [draft, reserved]);

  const change = (next: Codebook) => {
    setDraft(next);
    setMessage(null);
  };

  /** Save the draft as a new version and make it active (not while it has problems). */
  const save = async () => {
    if (!draft || !stored || problems.length > 0) return;
    setBusy(true);
    try {
      const before = stored.key;
      const saved = await trackWrite(
        'Saving the codebook',
        send('codebook-save', { codebook: finalizeNewIds(draft, stored.codebook) }),
      );
      pushUndo({
        label: `Save codebook version ${saved.codebook.version}`,
        undo: () => activate(before),
        redo: () => activate(saved.key),
      });
      await load();
      setMessage({
        kind: 'ok',
        text: `Saved as version ${saved.codebook.version}; it is now the active codebook. Existing codings keep the version they were made with.`,
      });
    } catch (e) {
      setMessage({ kind: 'error', title: 'Not saved', lines: validationLines(errorMessage(e)) });
    } finally {
      setBusy(false);
    }
  };

  const importFile = async (file: File) => {
    if (/\.qdc$/i.test(file.name)) return qdc.importQdc(file);
    setBusy(true);
    try {
      const before = stored?.key;
      const json = await file.text();
      const saved = await trackWrite('Importing the codebook', send('codebook-import', { json, fileName: file.name }));
      if (before)
        pushUndo({
          label: `Import codebook ${saved.key}`,
          undo: () => activate(before),
          redo: () => activate(saved.key),
        });
      onImported();
      await load();
      setMessage({
        kind: 'ok',
        text: `Imported “${saved.codebook.name}” from ${file.name} as version ${saved.codebook.version}; it is now the active codebook.`,
      });
    } catch (e) {
      setMessage({ kind: 'error', title: `${file.name} was not imported`, lines: validationLines(errorMessage(e)) });
    } finally {
      setBusy(false);
    }
  };

  const exportActive = () => exportJson(stored, setMessage);

  return {
    stored,
    draft,
    versions,
    message,
    busy,
    dirty,
    reserved,
    problems,
    change,
    save,
    importFile,
    exportActive,
    exportQdc: qdc.exportQdc,
  };
}
