import { useMemo, useState } from 'react';
import type { DraftSection } from './draft/validation.ts';
import { codingsUsing, nextVersion } from './draft/versions.ts';
import { CodebookClassification } from './classification/codebook-classification.tsx';
import { CodebookCodes } from './codes/codebook-codes.tsx';
import { CodebookScales } from './scales/codebook-scales.tsx';
import { CodebookEditorFoot } from './codebook-editor-foot.tsx';
import { CodebookEditorHead } from './codebook-editor-head.tsx';
import { CodebookEditorMessage } from './codebook-editor-message.tsx';
import { CodebookSectionTabs } from './codebook-section-tabs.tsx';
import { useCodebookDraft } from './use-codebook-draft.ts';
import { useCodebookSelections } from './use-codebook-selections.ts';
import { useShowModal } from '../../ui/use-show-modal.ts';

interface Props {
  onClose: () => void;
  /** Why the acting coder may look but not save (a coder or trainee), or null for a lead or trainer. */
  readOnlyReason?: string | null;
}

/**
 * The codebook editor, in three sections over one draft: codes by group (add, rename, recolour,
 * regroup, reorder by drag or Alt+↑/↓, archive, hotkeys with conflicts explained) and groups; scales
 * (targets, range, step, not rateable, archive); and the classification scheme (category and subtype
 * labels, subtypes, which categories require an alternative, the derived levels read-only). Plus
 * import/export as JSON. Edits stay in a draft until "Save": that stores a new version and makes it
 * active; existing codings keep the version they were made with. Undo (in the coding view) switches
 * back to the previous version.
 */
export function CodebookEditor({ onClose, readOnlyReason = null }: Props) {
  const dialog = useShowModal();
  const selections = useCodebookSelections();
  const {
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
    exportQdc,
  } = useCodebookDraft({ onLoaded: selections.keepExisting, onImported: selections.clear });
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const [section, setSection] = useState<DraftSection>('codes');
  const savedIds = useMemo(() => new Set(stored?.codebook.codes.map((c) => c.id) ?? []), [stored]);
  const savedScaleIds = useMemo(() => new Set(stored?.codebook.scales.map((s) => s.id) ?? []), [stored]);
  const codingsUse = useMemo(() => codingsUsing(versions, stored?.codebook.id), [versions, stored]);

  const requestClose = () => {
    if (dirty) setConfirmDiscard(true);
    else onClose();
  };

  return (
    <dialog
      ref={dialog}
      className="modal cb-dialog"
      aria-label="Codebook"
      onCancel={(e) => {
        e.preventDefault();
        requestClose();
      }}
      onClose={onClose}
    >
      <CodebookEditorHead
        stored={stored}
        versions={versions}
        busy={busy}
        readOnly={readOnlyReason !== null}
        onImport={(f) => void importFile(f)}
        onExport={exportActive}
        onExportQdc={() => void exportQdc()}
        onClose={requestClose}
      />
      <CodebookSectionTabs section={section} onSection={setSection} problems={problems} />
      <CodebookEditorMessage message={message} />

      {draft && section === 'scales' ? (
        <CodebookScales
          draft={draft}
          onChange={change}
          problems={problems}
          savedIds={savedScaleIds}
          codingsUse={codingsUse}
          selection={selections.scale}
          onSelect={selections.setScale}
        />
      ) : draft && section === 'classification' ? (
        <CodebookClassification
          draft={draft}
          saved={stored?.codebook ?? null}
          onChange={change}
          problems={problems}
          codingsUse={codingsUse}
          selection={selections.category}
          onSelect={selections.setCategory}
        />
      ) : draft ? (
        <CodebookCodes
          draft={draft}
          onChange={change}
          problems={problems}
          savedIds={savedIds}
          reserved={reserved}
          selection={selections.code}
          onSelect={selections.setCode}
          canEditMemos={readOnlyReason === null}
        />
      ) : (
        !message && <p className="muted pad">Loading…</p>
      )}

      <CodebookEditorFoot
        confirmDiscard={confirmDiscard}
        onDiscard={onClose}
        onKeepEditing={() => setConfirmDiscard(false)}
        problems={problems}
        dirty={dirty}
        busy={busy}
        readOnlyReason={readOnlyReason}
        nextVersion={stored ? nextVersion(stored.codebook, versions, draft?.id) : null}
        onRevert={() => stored && change(stored.codebook)}
        onSave={() => void save()}
      />
    </dialog>
  );
}
