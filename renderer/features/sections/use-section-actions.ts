import { useState } from 'react';
import type { StoredSection } from '../../../shared/api/transcript.ts';
import { errorMessage } from '../../api/client.ts';
import { deleteSection, renameSection, startSection } from './section-edits.ts';
import {
  lineOf,
  planDeleteSection,
  planStartSection,
  sectionName,
  sectionStartFor,
  shortName,
  type LabelSpan,
} from './section-plan.ts';
import { caretInTranscript } from './transcript-dom.ts';
import type { CaretStore } from './use-transcript-caret.ts';

/** What the last edit did, and the undo step that would take it back (null: nothing to undo here). */
export interface OutlineMessage {
  text: string;
  undoLabel: string | null;
  error?: boolean;
}

interface Source {
  transcriptId: string;
  text: string;
  turns: readonly LabelSpan[];
  sections: readonly StoredSection[];
  caret: CaretStore;
}

/**
 * The outline's edits (start a section at the caret, rename, delete), one at a time, each reported in a
 * one-line message that names the undo step it made.
 */
export function useSectionActions({ transcriptId, text, turns, sections, caret }: Source) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<OutlineMessage | null>(null);

  const run = async (what: () => Promise<string>, undoLabel: string | null) => {
    setBusy(true);
    try {
      setMessage({ text: await what(), undoLabel });
    } catch (e) {
      setMessage({ text: errorMessage(e), undoLabel: null, error: true });
    } finally {
      setBusy(false);
    }
  };

  const startHere = () => {
    // The caret as it is now (a click on this button keeps the text's selection), else the last one seen.
    const at = caretInTranscript();
    const seen = caret.getState();
    const from = sectionStartFor(text, turns, at ?? seen ?? -1);
    if (at === null && seen === null) {
      setMessage({
        text: 'Click in the transcript where the question starts, then choose “Start section here”.',
        undoLabel: null,
        error: true,
      });
      return;
    }
    const plan = planStartSection(text, sections, turns, from);
    if (!plan.ok) {
      setMessage({ text: plan.reason, undoLabel: null, error: true });
      return;
    }
    void run(async () => {
      const made = await startSection(transcriptId, plan);
      caret.setState(null, true);
      const split = plan.shorten ? sections.find((s) => s.id === plan.shorten!.id) : null;
      return `Started ${shortName(made)} at line ${lineOf(text, made.start)}${split ? `; ${shortName(split)} now ends before it` : ''}.`;
    }, 'Start section');
  };

  const remove = (s: StoredSection) => {
    const plan = planDeleteSection(text, sections, s.id);
    if (!plan) return;
    const prev = plan.extend ? sections.find((x) => x.id === plan.extend!.id) : null;
    void run(
      async () => {
        await deleteSection(transcriptId, s, plan);
        return `Deleted ${shortName(s)}${prev ? `; its text joined ${shortName(prev)}` : ''}.`;
      },
      `Delete ${sectionName(s)}`,
    );
  };

  const rename = async (s: StoredSection, next: { number: number | null; title: string }): Promise<boolean> => {
    let ok = true;
    await run(
      async () => {
        try {
          await renameSection(transcriptId, s, next);
        } catch (e) {
          ok = false;
          throw e;
        }
        return `Renamed to ${shortName(next)}.`;
      },
      `Rename ${sectionName(s)}`,
    );
    return ok;
  };

  return { busy, message, setMessage, startHere, remove, rename };
}
