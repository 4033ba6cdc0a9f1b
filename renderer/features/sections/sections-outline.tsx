import { useStore } from 'zustand';
import type { StoredSection } from '../../../shared/api/transcript.ts';
import { useStableCallback } from '../../ui/use-stable-callback.ts';
import { OutlineStatus } from './outline-status.tsx';
import { OutlineTools } from './outline-tools.tsx';
import { SectionRow } from './section-row.tsx';
import { headingsKey, lineOf, sectionAt, sectionStartFor, type LabelSpan } from './section-plan.ts';
import { blockAt } from './transcript-dom.ts';
import { useSectionActions } from './use-section-actions.ts';
import { useSectionCommands } from './use-section-commands.ts';
import { useTranscriptCaret } from './use-transcript-caret.ts';

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

/**
 * The AAI question sections of the open transcript, in order: number, title and line. Click one to
 * go there. Leads and trainers rename, delete, or start a section where the caret is; each edit is
 * saved at once and can be undone (Ctrl/⌘+Z or the Undo button here).
 */
export function SectionsOutline({ transcriptId, text, turns, sections, canEdit, onJump }: Props) {
  const { caret, userChose } = useTranscriptCaret(transcriptId, headingsKey(sections));
  // Only what the outline shows of the caret: a caret moving inside a section and line renders nothing.
  const currentId = useStore(caret, (at) => (at === null ? null : (sectionAt(sections, at)?.id ?? null)));
  const startLine = useStore(caret, (at) => (at === null ? null : lineOf(text, sectionStartFor(text, turns, at))));
  const { busy, message, setMessage, startHere, remove, rename } = useSectionActions({
    transcriptId,
    text,
    turns,
    sections,
    caret,
  });

  const jump = useStableCallback((s: StoredSection) => {
    userChose(); // the caret goes to the section start: a place the user chose
    onJump(s.start);
    // The jump centres the caret; a section reads from its heading, so bring that block to the top
    // once the view has moved the caret there (two frames: after the editor's own scrolling).
    requestAnimationFrame(() => requestAnimationFrame(() => blockAt(s.start)?.scrollIntoView({ block: 'start' })));
  });
  const startHereNow = useStableCallback(startHere);
  useSectionCommands(canEdit, sections, startHereNow, jump);

  return (
    <section className="sections-outline" aria-label="Question sections">
      <div className="sidebar-head outline-head">
        <h2 className="section-label">Sections</h2>
        <span className="count-pill" aria-label={`${sections.length} sections`}>
          {sections.length}
        </span>
      </div>

      {canEdit && <OutlineTools startLine={startLine} disabled={busy} onStart={startHere} />}

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
              current={currentId === s.id}
              canEdit={canEdit}
              disabled={busy}
              onJump={() => jump(s)}
              onRename={(next) => rename(s, next)}
              onDelete={() => remove(s)}
            />
          ))}
        </ol>
      )}

      {message && <OutlineStatus message={message} onMessage={setMessage} />}
    </section>
  );
}
