import { useEffect, useId, useMemo, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import type { CodebookVersion, StoredCodebook } from '../../../shared/api/codebook.ts';
import type { Codebook } from '../../../shared/codebook/codebook-schema.ts';
import { errorMessage, send } from '../../api/client.ts';
import { addCode, addGroup, moveCode, moveCodeTo, updateGroup } from './draft/codes.ts';
import { exportFileName, validationLines } from './draft/files.ts';
import { reservedKeys } from './draft/hotkeys.ts';
import { finalizeNewIds } from './draft/ids.ts';
import { draftProblems, type DraftSection } from './draft/validation.ts';
import { useCommands } from '../../state/commands.ts';
import { trackWrite } from '../../state/save-status.ts';
import { pushUndo } from '../../state/undo-stack.ts';
import { CodebookClassification, type CategorySelection } from './forms/codebook-classification.tsx';
import { CodebookCodeForm } from './forms/codebook-code-form.tsx';
import { CodebookScales, type ScaleSelection } from './forms/codebook-scales.tsx';
import { nextTabIndex } from '../../ui/tab-keys.ts';

interface Props {
  onClose: () => void;
}

type Selection = { kind: 'code'; id: string } | { kind: 'group'; id: string } | null;
type Message = { kind: 'ok'; text: string } | { kind: 'error'; title: string; lines: string[] } | null;

const DRAG_TYPE = 'application/x-attune-code';

const SECTIONS: { id: DraftSection; label: string }[] = [
  { id: 'codes', label: 'Codes' },
  { id: 'scales', label: 'Scales' },
  { id: 'classification', label: 'Classification' },
];

/** Make another stored version the active one (what undo of a save or import does). */
async function activate(key: string): Promise<void> {
  await trackWrite('Switching the codebook version', send('codebook-activate', { key }));
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
export function CodebookEditor({ onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [stored, setStored] = useState<StoredCodebook | null>(null);
  const [draft, setDraft] = useState<Codebook | null>(null);
  const [versions, setVersions] = useState<CodebookVersion[]>([]);
  const [selection, setSelection] = useState<Selection>(null);
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState(false);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const [dragging, setDragging] = useState<string | null>(null);
  const [section, setSection] = useState<DraftSection>('codes');
  const [scaleSel, setScaleSel] = useState<ScaleSelection>(null);
  const [categorySel, setCategorySel] = useState<CategorySelection>(null);
  const groupLabelId = useId();
  const tabRefs = useRef(new Map<DraftSection, HTMLButtonElement>());

  const load = async () => {
    const [active, list] = await Promise.all([send('codebook-get-active', {}), send('codebook-list', {})]);
    setStored(active);
    setDraft(active.codebook);
    setVersions(list);
    // Keep the selected code or group in view if the saved version still has it.
    setSelection((s) =>
      s &&
      (s.kind === 'code'
        ? active.codebook.codes.some((c) => c.id === s.id)
        : active.codebook.groups.some((g) => g.id === s.id))
        ? s
        : null,
    );
    // New scales get their final id on save, and an import may drop anything: keep only what is still there.
    setScaleSel((s) => (s && s.ids.every((id) => active.codebook.scales.some((x) => x.id === id)) ? s : null));
    setCategorySel((s) => {
      const p = s && active.codebook.classification?.primary.find((x) => x.id === s.primary);
      return p && (s.subtype === null || s.subtype < p.subtypes.length) ? s : null;
    });
  };

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    load().catch((e: unknown) =>
      setMessage({ kind: 'error', title: 'The codebook could not be loaded', lines: [errorMessage(e)] }),
    );
    // load once on open
  }, []);

  const dirty = useMemo(
    () => !!stored && !!draft && JSON.stringify(stored.codebook) !== JSON.stringify(draft),
    [stored, draft],
  );
  const commands = useCommands();
  const reserved = useMemo(() => reservedKeys(commands), [commands]);
  const problems = useMemo(() => (draft ? draftProblems(draft, reserved) : []), [draft, reserved]);
  const savedIds = useMemo(() => new Set(stored?.codebook.codes.map((c) => c.id) ?? []), [stored]);
  const savedScaleIds = useMemo(() => new Set(stored?.codebook.scales.map((s) => s.id) ?? []), [stored]);
  // Codings made with any version of this codebook: while there are none, nothing can refer to a scale or subtype.
  const codingsUse = useMemo(
    () => versions.filter((v) => v.id === stored?.codebook.id).reduce((n, v) => n + v.uses, 0),
    [versions, stored],
  );

  const requestClose = () => {
    if (dirty) setConfirmDiscard(true);
    else onClose();
  };

  const change = (next: Codebook) => {
    setDraft(next);
    setMessage(null);
  };

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
      setSelection(null);
      setScaleSel(null);
      setCategorySel(null);
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

  const exportActive = () => {
    if (!stored) return;
    const blob = new Blob([JSON.stringify(stored.codebook, null, 2) + '\n'], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = exportFileName(stored.codebook);
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setMessage({
      kind: 'ok',
      text: `Exported version ${stored.codebook.version} as ${exportFileName(stored.codebook)}.`,
    });
  };

  const onTabKey = (e: KeyboardEvent) => {
    const next = nextTabIndex(
      e.key,
      SECTIONS.findIndex((t) => t.id === section),
      SECTIONS.length,
    );
    if (next === null) return;
    e.preventDefault();
    const to = SECTIONS[next]!.id;
    setSection(to);
    tabRefs.current.get(to)?.focus();
  };

  const onRowKey = (e: KeyboardEvent<HTMLButtonElement>, codeId: string) => {
    if (!draft || !e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    change(moveCode(draft, codeId, e.key === 'ArrowUp' ? -1 : 1));
    // Keep focus on the moved row once React has re-ordered it.
    requestAnimationFrame(() =>
      dialog.current?.querySelector<HTMLButtonElement>(`[data-code-row="${CSS.escape(codeId)}"]`)?.focus(),
    );
  };

  const onDrop = (e: DragEvent, target: { beforeCodeId: string } | { endOfGroup: string }) => {
    const id = e.dataTransfer.getData(DRAG_TYPE);
    setDragging(null);
    if (!id || !draft) return;
    e.preventDefault();
    change(moveCodeTo(draft, id, target));
  };
  const allowDrop = (e: DragEvent) => {
    if (e.dataTransfer.types.includes(DRAG_TYPE)) e.preventDefault();
  };

  const thisVersion = versions.find((v) => v.key === stored?.key);
  const earlier = versions.filter((v) => v.id === stored?.codebook.id && v.key !== stored?.key);
  const selectedCode = selection?.kind === 'code' ? draft?.codes.find((c) => c.id === selection.id) : undefined;
  const selectedGroup = selection?.kind === 'group' ? draft?.groups.find((g) => g.id === selection.id) : undefined;

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
      <header className="cb-head">
        <div className="cb-head-titles">
          <h2 className="card-title">Codebook</h2>
          {stored && (
            <p className="cb-version" data-testid="codebook-version">
              <strong>{stored.codebook.name}</strong> · version {stored.codebook.version} (active) ·{' '}
              {thisVersion?.uses ?? 0} {thisVersion?.uses === 1 ? 'coding uses' : 'codings use'} version{' '}
              {stored.codebook.version}
            </p>
          )}
          {earlier.length > 0 && (
            <p className="cb-earlier muted small">
              Earlier:{' '}
              {earlier.map((v, i) => (
                <span key={v.key}>
                  {i > 0 && ', '}v{v.version} ({v.uses} {v.uses === 1 ? 'coding' : 'codings'})
                </span>
              ))}
            </p>
          )}
        </div>
        <div className="cb-head-actions">
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            hidden
            data-testid="codebook-import-input"
            onChange={(e) => {
              const f = e.target.files?.[0];
              e.target.value = '';
              if (f) void importFile(f);
            }}
          />
          <button
            type="button"
            className="btn btn-small"
            disabled={busy}
            onClick={() => fileInput.current?.click()}
            title="Replace the active codebook with one from a JSON file (saved as a new version)"
          >
            Import JSON…
          </button>
          <button
            type="button"
            className="btn btn-small"
            disabled={!stored}
            onClick={exportActive}
            title="Download the active (saved) version as JSON"
          >
            Export JSON
          </button>
          <button type="button" className="btn btn-quiet btn-small" onClick={requestClose} aria-label="Close">
            ✕
          </button>
        </div>
      </header>

      <div className="cb-tabs" role="tablist" aria-label="Codebook sections" onKeyDown={onTabKey}>
        {SECTIONS.map((t) => {
          const n = problems.filter((p) => p.section === t.id).length;
          return (
            <button
              key={t.id}
              ref={(el) => {
                if (el) tabRefs.current.set(t.id, el);
                else tabRefs.current.delete(t.id);
              }}
              type="button"
              role="tab"
              id={`cb-tab-${t.id}`}
              aria-selected={t.id === section}
              aria-controls="cb-tabpanel"
              tabIndex={t.id === section ? 0 : -1}
              className="coding-tab cb-tab"
              onClick={() => setSection(t.id)}
            >
              {t.label}
              {n > 0 && (
                <span
                  className="cb-problem-dot"
                  title={`${n} ${n === 1 ? 'problem' : 'problems'} to fix in ${t.label}`}
                  aria-label={`, ${n} ${n === 1 ? 'problem' : 'problems'}`}
                >
                  !
                </span>
              )}
            </button>
          );
        })}
      </div>

      {message?.kind === 'ok' && (
        <p className="cb-message cb-message--ok" role="status">
          {message.text}
        </p>
      )}
      {message?.kind === 'error' && (
        <div className="field-error cb-message" role="alert">
          <strong>{message.title}</strong>
          <ul>
            {message.lines.map((l, i) => (
              <li key={i}>{l}</li>
            ))}
          </ul>
        </div>
      )}

      {draft && section === 'scales' ? (
        <CodebookScales
          draft={draft}
          onChange={change}
          problems={problems}
          savedIds={savedScaleIds}
          codingsUse={codingsUse}
          selection={scaleSel}
          onSelect={setScaleSel}
        />
      ) : draft && section === 'classification' ? (
        <CodebookClassification
          draft={draft}
          saved={stored?.codebook ?? null}
          onChange={change}
          problems={problems}
          codingsUse={codingsUse}
          selection={categorySel}
          onSelect={setCategorySel}
        />
      ) : draft ? (
        <div className="cb-body" id="cb-tabpanel" role="tabpanel" aria-labelledby="cb-tab-codes">
          <div className="cb-list" role="region" aria-label="Codes by group">
            {draft.groups.map((g) => {
              const codes = draft.codes.filter((c) => c.group === g.id);
              return (
                <div
                  key={g.id}
                  className="cb-group"
                  role="group"
                  aria-label={g.label || g.id}
                  onDragOver={allowDrop}
                  onDrop={(e) => onDrop(e, { endOfGroup: g.id })}
                >
                  <div className="cb-group-head">
                    <button
                      type="button"
                      className="cb-group-name"
                      aria-current={selection?.kind === 'group' && selection.id === g.id ? 'true' : undefined}
                      onClick={() => setSelection({ kind: 'group', id: g.id })}
                      title="Rename or describe this group"
                    >
                      {g.label || <em>Unnamed group</em>}
                      <span className="cb-count">{codes.length}</span>
                    </button>
                    <button
                      type="button"
                      className="btn btn-quiet btn-small"
                      aria-label={`Add a code to ${g.label || g.id}`}
                      onClick={() => {
                        const r = addCode(draft, g.id);
                        change(r.codebook);
                        setSelection({ kind: 'code', id: r.id });
                        requestAnimationFrame(() =>
                          dialog.current?.querySelector<HTMLInputElement>('.cb-form input.input')?.select(),
                        );
                      }}
                    >
                      + Code
                    </button>
                  </div>
                  <ul className="cb-codes">
                    {codes.map((c) => (
                      <li
                        key={c.id}
                        className={`cb-code${dragging === c.id ? ' cb-code--dragging' : ''}`}
                        draggable
                        onDragStart={(e) => {
                          e.dataTransfer.setData(DRAG_TYPE, c.id);
                          e.dataTransfer.effectAllowed = 'move';
                          setDragging(c.id);
                        }}
                        onDragEnd={() => setDragging(null)}
                        onDragOver={allowDrop}
                        onDrop={(e) => {
                          e.stopPropagation();
                          onDrop(e, { beforeCodeId: c.id });
                        }}
                      >
                        <span className="cb-handle" aria-hidden="true" title="Drag to reorder or move to another group">
                          ⠿
                        </span>
                        <button
                          type="button"
                          className="cb-code-row"
                          data-code-row={c.id}
                          aria-current={selection?.kind === 'code' && selection.id === c.id ? 'true' : undefined}
                          aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
                          aria-label={`${c.label || c.id}${c.hotkey && !c.archived ? `, key ${c.hotkey.toUpperCase()}` : ''}${c.archived ? ', archived' : ''}`}
                          title="Alt+↑ / Alt+↓ to reorder"
                          onClick={() => setSelection({ kind: 'code', id: c.id })}
                          onKeyDown={(e) => onRowKey(e, c.id)}
                        >
                          <span className="swatch" style={{ backgroundColor: c.color }} aria-hidden="true" />
                          <span className={`cb-code-label${c.archived ? ' cb-code-label--archived' : ''}`}>
                            {c.label || <em>Untitled</em>}
                          </span>
                          {c.archived && <span className="cp-tag cp-tag-muted">Archived</span>}
                          {c.hotkey && !c.archived && <kbd>{c.hotkey.toUpperCase()}</kbd>}
                          {problems.some((p) => p.codeId === c.id) && (
                            <span className="cb-problem-dot" aria-hidden="true" title="See the problem on the right">
                              !
                            </span>
                          )}
                        </button>
                      </li>
                    ))}
                    {codes.length === 0 && (
                      <li className="cb-empty muted small">No codes: add one, or drag one here.</li>
                    )}
                  </ul>
                </div>
              );
            })}
            <button
              type="button"
              className="btn btn-quiet btn-small cb-add-group"
              onClick={() => {
                const r = addGroup(draft);
                change(r.codebook);
                setSelection({ kind: 'group', id: r.id });
                requestAnimationFrame(() =>
                  dialog.current?.querySelector<HTMLInputElement>(`#${CSS.escape(groupLabelId)}`)?.select(),
                );
              }}
            >
              + Add group
            </button>
          </div>

          <div className="cb-detail">
            {selectedCode && (
              <CodebookCodeForm
                key={selectedCode.id}
                draft={draft}
                code={selectedCode}
                saved={savedIds.has(selectedCode.id)}
                onChange={change}
                reserved={reserved}
              />
            )}
            {selectedGroup && (
              <form
                className="cb-form"
                aria-label={`Group: ${selectedGroup.label || selectedGroup.id}`}
                onSubmit={(e) => e.preventDefault()}
              >
                <h3 className="cb-form-title">Group</h3>
                <p className="cb-form-id muted small">
                  id <span className="mono">{selectedGroup.id}</span>
                </p>
                <label className="field-label" htmlFor={groupLabelId}>
                  Name
                </label>
                <input
                  id={groupLabelId}
                  className="input"
                  value={selectedGroup.label}
                  aria-invalid={!selectedGroup.label.trim() || undefined}
                  onChange={(e) => change(updateGroup(draft, selectedGroup.id, { label: e.target.value }))}
                />
                <label className="field-label" htmlFor={`${groupLabelId}-d`}>
                  Description
                </label>
                <textarea
                  id={`${groupLabelId}-d`}
                  className="input note-input"
                  rows={3}
                  value={selectedGroup.description}
                  onChange={(e) => change(updateGroup(draft, selectedGroup.id, { description: e.target.value }))}
                />
                <p className="muted small cb-help">
                  Move codes into this group with their Group field, or drag them onto it.
                </p>
              </form>
            )}
            {!selectedCode && !selectedGroup && (
              <div className="cb-intro">
                <h3 className="cb-form-title">Edit the codebook</h3>
                <ul className="cb-intro-list">
                  <li>Choose a code to rename, recolour, regroup, archive it or give it a hotkey.</li>
                  <li>
                    Reorder codes by dragging the ⠿ handle, or with <kbd>Alt</kbd>+<kbd>↑</kbd>/<kbd>↓</kbd> on a
                    selected code.
                  </li>
                  <li>Choose a group name to rename it; “+ Code” adds a code to that group.</li>
                  <li>
                    <strong>Save</strong> stores a new version and makes it active. Codings already made keep the
                    version they used; archived codes stay on existing highlights.
                  </li>
                  <li>Scales and the classification scheme have their own sections above.</li>
                  <li>
                    Another coding system? Import its codebook JSON (the format is described in{' '}
                    <span className="mono">docs/codebook-format.md</span>): it replaces this one as the active codebook.
                  </li>
                </ul>
              </div>
            )}
          </div>
        </div>
      ) : (
        !message && <p className="muted pad">Loading…</p>
      )}

      <footer className="cb-foot">
        {confirmDiscard ? (
          <div className="cb-confirm" role="alert">
            <span>Discard your unsaved changes to the codebook?</span>
            <button type="button" className="btn btn-danger btn-small" onClick={onClose}>
              Discard
            </button>
            <button type="button" className="btn btn-small" autoFocus onClick={() => setConfirmDiscard(false)}>
              Keep editing
            </button>
          </div>
        ) : (
          <p className="cb-foot-status" aria-live="polite">
            {problems.length > 0 ? (
              <span className="danger-text">
                {problems.length === 1
                  ? problems[0]!.message
                  : `${problems.length} problems to fix before saving (marked !).`}
              </span>
            ) : dirty ? (
              'Unsaved changes'
            ) : (
              <span className="muted">No unsaved changes</span>
            )}
          </p>
        )}
        <div className="cb-foot-actions">
          <button
            type="button"
            className="btn"
            disabled={!dirty || busy}
            onClick={() => stored && change(stored.codebook)}
          >
            Revert
          </button>
          <button
            type="button"
            className="btn btn-primary"
            disabled={!dirty || busy || problems.length > 0}
            onClick={() => void save()}
          >
            {stored
              ? `Save as version ${Math.max(stored.codebook.version, ...versions.filter((v) => v.id === draft?.id).map((v) => v.version)) + 1}`
              : 'Save'}
          </button>
        </div>
      </footer>
    </dialog>
  );
}
