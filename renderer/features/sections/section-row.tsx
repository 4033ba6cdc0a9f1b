import { useEffect, useRef, useState } from 'react';
import type { StoredSection } from '../../../shared/api/transcript.ts';
import { sectionHeading } from '../transcript/index.ts';
import { BIN, OutlineIcon, PENCIL } from './outline-icon.tsx';
import { SectionRenameForm } from './section-rename-form.tsx';

interface Props {
  section: StoredSection;
  line: number;
  current: boolean;
  canEdit: boolean;
  /** Busy with another edit: actions wait. */
  disabled: boolean;
  onJump: () => void;
  onRename: (next: { number: number | null; title: string }) => Promise<boolean>;
  onDelete: () => void;
}

/** One question section in the outline: click to jump; leads and trainers rename or delete it in place. */
export function SectionRow({ section, line, current, canEdit, disabled, onJump, onRename, onDelete }: Props) {
  const [editing, setEditing] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  const heading = sectionHeading(section);

  useEffect(() => {
    if (!editing && wasEditing.current) renameButton.current?.focus(); // back where the user started
    wasEditing.current = editing;
  }, [editing]);

  if (editing) {
    return (
      <li className="outline-row outline-row--editing">
        <SectionRenameForm
          section={section}
          heading={heading}
          disabled={disabled}
          onRename={onRename}
          onDone={() => setEditing(false)}
        />
      </li>
    );
  }

  return (
    <li className="outline-row" aria-current={current ? 'location' : undefined}>
      <button type="button" className="outline-item" onClick={onJump} title={`Go to ${heading} (line ${line})`}>
        <span className={`outline-num${section.number === null ? ' outline-num--none' : ''}`}>
          {section.number === null ? '•' : `Q${section.number}`}
        </span>
        <span className="outline-title">{section.title || <span className="muted">Untitled</span>}</span>
        <span className="outline-line">line {line}</span>
      </button>
      {canEdit && (
        <span className="outline-actions">
          <button
            ref={renameButton}
            type="button"
            className="icon-btn"
            aria-label={`Rename ${heading}`}
            title="Rename"
            disabled={disabled}
            onClick={() => setEditing(true)}
          >
            <OutlineIcon d={PENCIL} />
          </button>
          <button
            type="button"
            className="icon-btn icon-btn--danger"
            aria-label={`Delete ${heading}`}
            title="Delete section"
            disabled={disabled}
            onClick={onDelete}
          >
            <OutlineIcon d={BIN} />
          </button>
        </span>
      )}
    </li>
  );
}
