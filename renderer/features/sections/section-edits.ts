import { useEffect } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { StoredSection } from '../../../shared/api/transcript.ts';
import { send } from '../../api/client.ts';
import type { DeletePlan, StartPlan } from './section-plan.ts';
import { sectionName } from './section-plan.ts';
import { trackWrite } from '../../state/save-status.ts';
import { pushUndo } from '../../state/undo-stack.ts';

/**
 * The question sections of each transcript as last saved, shared by the outline and the transcript
 * view (its headings). Every edit is saved at once through the API and recorded on the one undo
 * history; undo and redo are API calls too and update this store, so the headings follow.
 *
 * Undoing a delete creates the section again under a new id: `alias` maps the old id to the new
 * one, so older history entries (a rename before the delete) still find it.
 */
interface Entry {
  /** The list the coding view loaded (transcript-structure): a newer load replaces local state. */
  loaded: readonly StoredSection[];
  sections: StoredSection[];
}

/** Per transcript id: a new map on every change, so an unchanged entry keeps its identity. */
const store = createStore<ReadonlyMap<string, Entry>>(() => new Map());
const alias = new Map<string, string>();

function setEntry(transcriptId: string, entry: Entry): void {
  store.setState((entries) => new Map(entries).set(transcriptId, entry), true);
}

const byStart = (a: StoredSection, b: StoredSection) => a.start - b.start;

function patch(transcriptId: string, fn: (list: StoredSection[]) => StoredSection[]): void {
  const e = store.getState().get(transcriptId);
  if (!e) return; // not shown: the next load reads the saved sections
  setEntry(transcriptId, { loaded: e.loaded, sections: fn(e.sections).sort(byStart) });
}

/** The current id of a section that may have been deleted and re-created by undo. */
function live(id: string): string {
  let cur = id;
  for (let hops = 0; alias.has(cur) && hops < 1000; hops++) cur = alias.get(cur)!;
  return cur;
}

/** The sections to show for a transcript: the loaded list until an edit changes it. */
export function useTranscriptSections(
  transcriptId: string | null,
  loaded: readonly StoredSection[] | null,
): readonly StoredSection[] | null {
  const entry = useStore(store, (entries) => (transcriptId ? entries.get(transcriptId) : undefined));
  useEffect(() => {
    if (!transcriptId || !loaded) return;
    if (store.getState().get(transcriptId)?.loaded === loaded) return;
    setEntry(transcriptId, { loaded, sections: [...loaded].sort(byStart) });
  }, [transcriptId, loaded]);
  if (!loaded) return null;
  return entry && entry.loaded === loaded ? entry.sections : loaded;
}

// ---------- API steps (each updates the store) ----------

async function update(
  transcriptId: string,
  id: string,
  change: Partial<Pick<StoredSection, 'start' | 'end' | 'number' | 'title'>>,
): Promise<StoredSection> {
  const saved = await trackWrite('Saving the section', send('section-update', { id: live(id), ...change }));
  patch(transcriptId, (list) => list.map((s) => (s.id === saved.id ? saved : s)));
  return saved;
}

async function create(transcriptId: string, s: Omit<StoredSection, 'id'>): Promise<StoredSection> {
  const saved = await trackWrite(
    'Adding the section',
    send('section-create', { transcriptId, start: s.start, end: s.end, number: s.number, title: s.title }),
  );
  patch(transcriptId, (list) => [...list, saved]);
  return saved;
}

async function remove(transcriptId: string, id: string): Promise<void> {
  const current = live(id);
  await trackWrite('Deleting the section', send('section-delete', { id: current }));
  patch(transcriptId, (list) => list.filter((s) => s.id !== current));
}

/** Create again what was deleted (undo), remembering its new id for older history entries. */
async function recreate(transcriptId: string, s: StoredSection): Promise<void> {
  const again = await create(transcriptId, s);
  alias.set(live(s.id), again.id);
}

// ---------- Edits ----------

export async function renameSection(
  transcriptId: string,
  before: StoredSection,
  next: { number: number | null; title: string },
): Promise<void> {
  if (before.number === next.number && before.title === next.title) return;
  await update(transcriptId, before.id, next);
  const old = { number: before.number, title: before.title };
  pushUndo({
    label: `Rename ${sectionName(before)}`,
    undo: async () => void (await update(transcriptId, before.id, old)),
    redo: async () => void (await update(transcriptId, before.id, next)),
  });
}

/** Carry out a start plan: shorten the section it starts in (if any), then create. Returns the new section. */
export async function startSection(
  transcriptId: string,
  plan: Extract<StartPlan, { ok: true }>,
): Promise<StoredSection> {
  const { shorten, create: bounds } = plan;
  const doIt = async () => {
    if (shorten) await update(transcriptId, shorten.id, { end: shorten.to });
    try {
      return await create(transcriptId, bounds);
    } catch (e) {
      // Put the neighbour back, so a refused create leaves nothing half done.
      if (shorten) await update(transcriptId, shorten.id, { end: shorten.from }).catch(() => {});
      throw e;
    }
  };
  const made = await doIt();
  const first = made.id;
  pushUndo({
    label: 'Start section',
    undo: async () => {
      await remove(transcriptId, first);
      if (shorten) await update(transcriptId, shorten.id, { end: shorten.from });
    },
    redo: async () => {
      const again = await doIt();
      alias.set(live(first), again.id);
    },
  });
  return made;
}

/** Delete a section; its text joins the adjacent section before it (one undoable step). */
export async function deleteSection(transcriptId: string, section: StoredSection, plan: DeletePlan): Promise<void> {
  const doIt = async () => {
    await remove(transcriptId, section.id);
    if (plan.extend) await update(transcriptId, plan.extend.id, { end: plan.extend.to });
  };
  await doIt();
  pushUndo({
    label: `Delete ${sectionName(section)}`,
    undo: async () => {
      if (plan.extend) await update(transcriptId, plan.extend.id, { end: plan.extend.from });
      await recreate(transcriptId, section);
    },
    redo: doIt,
  });
}
