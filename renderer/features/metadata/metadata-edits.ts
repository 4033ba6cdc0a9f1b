import { useEffect } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { send } from '../../api/client.ts';
import { fromDraft, sameList, sameRecord, toDraft } from './metadata-draft.ts';
import { trackWrite } from '../../state/save-status.ts';
import { pushUndo } from '../../state/undo-stack.ts';

/**
 * Transcript metadata as last saved (per transcript) and the project's hidden-field names, shared
 * by the transcript header and the metadata editor. A save is one undoable step: the metadata and
 * the hidden-field setting together, both through the API.
 */
interface Entry {
  loaded: Readonly<Record<string, string>>;
  record: Record<string, string>;
}

interface MetadataState {
  /** Per transcript id: a new map on every change, so an unchanged entry keeps its identity. */
  entries: ReadonlyMap<string, Entry>;
  hidden: readonly string[] | null;
}

const store = createStore<MetadataState>(() => ({ entries: new Map(), hidden: null }));

function setEntry(transcriptId: string, entry: Entry): void {
  store.setState((s) => ({ entries: new Map(s.entries).set(transcriptId, entry) }));
}

/** The metadata to show for a transcript: what the coding view loaded until an edit changes it. */
export function useTranscriptMetadata(
  transcriptId: string,
  loaded: Readonly<Record<string, string>>,
): Readonly<Record<string, string>> {
  const entry = useStore(store, (s) => s.entries.get(transcriptId));
  useEffect(() => {
    if (store.getState().entries.get(transcriptId)?.loaded === loaded) return;
    setEntry(transcriptId, { loaded, record: { ...loaded } });
  }, [transcriptId, loaded]);
  return entry && entry.loaded === loaded ? entry.record : loaded;
}

/**
 * The project's hidden-field names, read when `readKey` changes (the coding view's refresh after a
 * settings change); a null key reads nothing (coders: the names alone can hint at hidden data).
 * Null until read.
 */
export function useHiddenFields(readKey: string | null): readonly string[] | null {
  const value = useStore(store, (s) => s.hidden);
  useEffect(() => {
    if (readKey === null) return;
    let live = true;
    send('settings-get', {}).then(
      (s) => {
        if (!live) return;
        store.setState({ hidden: s.hiddenMetadataFields });
      },
      () => {},
    );
    return () => {
      live = false;
    };
  }, [readKey]);
  return value;
}

interface Snapshot {
  record: Readonly<Record<string, string>>;
  hidden: readonly string[];
}

async function put(transcriptId: string, from: Snapshot, to: Snapshot): Promise<void> {
  if (!sameRecord(from.record, to.record)) {
    const saved = await trackWrite(
      'Saving the metadata',
      send('transcript-update-metadata', { id: transcriptId, metadata: fromDraft(toDraft(to.record)) }),
    );
    const e = store.getState().entries.get(transcriptId);
    if (e) setEntry(transcriptId, { loaded: e.loaded, record: saved });
  }
  if (!sameList(from.hidden, to.hidden)) {
    const s = await trackWrite(
      'Saving the hidden fields',
      send('settings-update', { hiddenMetadataFields: [...to.hidden] }),
    );
    store.setState({ hidden: s.hiddenMetadataFields });
  }
}

/** Save a transcript's metadata and the project's hidden fields as one undoable step. */
export async function saveMetadata(transcriptId: string, before: Snapshot, after: Snapshot): Promise<void> {
  if (sameRecord(before.record, after.record) && sameList(before.hidden, after.hidden)) return;
  await put(transcriptId, before, after);
  pushUndo({
    label: 'Edit metadata',
    undo: () => put(transcriptId, after, before),
    redo: () => put(transcriptId, before, after),
  });
}
