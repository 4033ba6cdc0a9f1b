import { useEffect, useMemo, useRef, useState } from 'react';
import type { StoredSection } from '../../../shared/api/transcript.ts';
import { errorMessage } from '../../api/client.ts';
import { sectionHeading, selectionStartIn } from '../transcript/index.ts';
import { useStableCallback } from '../../ui/use-stable-callback.ts';
import {
  headingsKey,
  lineOf,
  planDeleteSection,
  planStartSection,
  sectionAt,
  sectionName,
  sectionStartFor,
  type LabelSpan,
} from './section-plan.ts';
import { deleteSection, renameSection, startSection } from './section-edits.ts';
import { useRegisterCommands, type Command } from '../../state/commands.ts';
import { undo, useUndoState } from '../../state/undo-stack.ts';
import { SectionRow } from './section-row.tsx';

interface Props {
  transcriptId: string;
  text: string;
  turns: readonly LabelSpan[];
  sections: readonly StoredSection[];
  /** Leads and trainers (or no identity): rename, start and delete sections. */
  canEdit: boolean;
  /** Scroll the transcript to a section's start. */
  onJump: (offset: number) => void;
}

/** The rendered transcript of the coding view (the text nodes carry their offsets, see dom-offset.ts). */
const transcriptRoot = () => document.querySelector('main.reader .transcript-text');

/**
 * Where the user put the caret or selection in the transcript, or null. Only while the text has
 * focus: a redrawn view leaves a stray DOM selection at its start that nobody chose.
 */
function caretInTranscript(): number | null {
  const root = transcriptRoot();
  return root && root.contains(document.activeElement) ? selectionStartIn(root) : null;
}

/** The rendered block (turn or line) where an offset lies: the last one starting at or before it. */
function blockAt(offset: number): HTMLElement | null {
  let found: HTMLElement | null = null;
  for (const el of transcriptRoot()?.querySelectorAll<HTMLElement>('[data-slate-node="element"][data-start]') ?? []) {
    if (Number(el.dataset['start']) > offset) break;
    found = el;
  }
  return found;
}

/** A section's name for a one-line message: long titles shortened. */
function shortName(s: Pick<StoredSection, 'number' | 'title'>): string {
  if (s.title.length <= 34) return sectionName(s);
  const cut = s.title.slice(0, 33);
  const space = cut.lastIndexOf(' ');
  return sectionName({
    number: s.number,
    title: `${(space > 16 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`,
  });
}

/**
 * The AAI question sections of the open transcript, in order: number, title and line. Click one to
 * go there. Leads and trainers rename, delete, or start a section where the caret is; each edit is
 * saved at once and can be undone (Ctrl/⌘+Z or the Undo button here).
 */
export function SectionsOutline({ transcriptId, text, turns, sections, canEdit, onJump }: Props) {
  const [caret, setCaret] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; undoLabel: string | null; error?: boolean } | null>(null);
  const undoState = useUndoState();

  // The last caret or selection start the user made in the transcript (by mouse, keys or a jump
  // from here): kept when focus moves to the buttons. A redrawn view puts its own caret at the
  // start of the text, which is nobody's choice, so selections count only after the user acted.
  const userActed = useRef(false);
  useEffect(() => {
    const onChange = () => {
      const at = userActed.current ? caretInTranscript() : null;
      if (at !== null) setCaret(at);
    };
    const onInput = (e: Event) => {
      if (e.target instanceof Node && transcriptRoot()?.contains(e.target)) userActed.current = true;
    };
    document.addEventListener('selectionchange', onChange);
    document.addEventListener('pointerdown', onInput, true);
    document.addEventListener('keydown', onInput, true);
    return () => {
      document.removeEventListener('selectionchange', onChange);
      document.removeEventListener('pointerdown', onInput, true);
      document.removeEventListener('keydown', onInput, true);
    };
  }, [transcriptId]);
  const redraw = headingsKey(sections);
  useEffect(() => {
    userActed.current = false;
  }, [redraw]);

  const current = useMemo(() => (caret === null ? null : sectionAt(sections, caret)), [sections, caret]);
  const startAt = caret === null ? null : sectionStartFor(text, turns, caret);

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
    const from = sectionStartFor(text, turns, at ?? caret ?? -1);
    if (at === null && caret === null) {
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
      setCaret(null);
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

  const jump = useStableCallback((s: StoredSection) => {
    userActed.current = true; // the caret goes to the section start: a place the user chose
    onJump(s.start);
    // The jump centres the caret; a section reads from its heading, so bring that block to the top
    // once the view has moved the caret there (two frames: after the editor's own scrolling).
    requestAnimationFrame(() => requestAnimationFrame(() => blockAt(s.start)?.scrollIntoView({ block: 'start' })));
  });
  const startHereNow = useStableCallback(startHere);
  // In the command palette too, so sections are reachable without the mouse.
  const commands = useMemo<Command[]>(
    () => [
      ...(canEdit
        ? [
            {
              id: 'sections.start-here',
              title: 'Start a question section at the caret',
              group: 'Sections',
              keywords: ['heading', 'question', 'split'],
              run: startHereNow,
            },
          ]
        : []),
      ...sections.map((s) => ({
        id: `sections.go.${s.id}`,
        title: `Go to ${sectionHeading(s)}`,
        group: 'Sections',
        keywords: ['section', 'question', 'jump'],
        run: () => jump(s),
      })),
    ],
    [canEdit, sections, startHereNow, jump],
  );
  useRegisterCommands(commands);

  const canUndoMine = message?.undoLabel != null && undoState.canUndo && undoState.undoLabel === message.undoLabel;

  return (
    <section className="sections-outline" aria-label="Question sections">
      <div className="sidebar-head outline-head">
        <h2 className="section-label">Sections</h2>
        <span className="count-pill" aria-label={`${sections.length} sections`}>
          {sections.length}
        </span>
      </div>

      {canEdit && (
        <div className="outline-tools">
          <button
            type="button"
            className="btn btn-small btn-block"
            disabled={busy}
            // Keep the transcript's selection (and focus) while clicking: the section starts there.
            onMouseDown={(e) => e.preventDefault()}
            onClick={startHere}
          >
            + Start section here
          </button>
          <p className="outline-hint" data-testid="outline-caret">
            {startAt === null
              ? 'Click in the text where a question starts.'
              : `At the caret: line ${lineOf(text, startAt)}`}
          </p>
        </div>
      )}

      {sections.length === 0 ? (
        <p className="outline-empty">
          No question sections{canEdit ? '. Start one where a question begins.' : ' were found in this transcript.'}
        </p>
      ) : (
        <ol className="outline-list">
          {sections.map((s) => (
            <SectionRow
              key={s.id}
              section={s}
              line={lineOf(text, s.start)}
              current={current?.id === s.id}
              canEdit={canEdit}
              disabled={busy}
              onJump={() => jump(s)}
              onRename={(next) => rename(s, next)}
              onDelete={() => remove(s)}
            />
          ))}
        </ol>
      )}

      {message && (
        <div className={`outline-status${message.error ? ' outline-status--error' : ''}`} role="status">
          <span>{message.text}</span>
          {canUndoMine && (
            <button
              type="button"
              className="btn btn-quiet btn-small"
              onClick={() => {
                void undo().then(
                  (label) =>
                    label &&
                    setMessage({ text: `Undone: ${label.charAt(0).toLowerCase()}${label.slice(1)}.`, undoLabel: null }),
                  (e: unknown) => setMessage({ text: errorMessage(e), undoLabel: null, error: true }),
                );
              }}
            >
              Undo
            </button>
          )}
        </div>
      )}
    </section>
  );
}
