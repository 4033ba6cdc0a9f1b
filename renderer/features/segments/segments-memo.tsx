import { SharedMemoEditor } from './shared-memo-editor.tsx';

interface Props {
  /** The code filter: "code:<id>", "group:<id>" or "". */
  code: string;
  codeName: string | undefined;
  canEdit: boolean;
}

/** Beside the passages: the chosen code's memo, else the project memo. */
export function SegmentsMemo({ code, codeName, canEdit }: Props) {
  return (
    <aside className="seg-side">
      {code.startsWith('code:') ? (
        <SharedMemoEditor
          key={code}
          memoRef={{ scope: 'code', codeId: code.slice(5) }}
          title={`Memo on “${codeName ?? code.slice(5)}”`}
          hint="How this lab applies the code, with anchor examples. Shared with every coder."
          canEdit={canEdit}
        />
      ) : (
        <SharedMemoEditor
          key="project"
          memoRef={{ scope: 'project' }}
          title="Project memo"
          hint="Decisions and conventions for the whole study. Choose one code to see its memo."
          canEdit={canEdit}
        />
      )}
    </aside>
  );
}
