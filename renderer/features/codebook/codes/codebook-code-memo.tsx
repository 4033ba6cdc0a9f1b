import type { Code } from '../../../../shared/codebook/codebook-schema.ts';
import { SharedMemoEditor } from '../../segments/index.ts';

interface Props {
  code: Code;
  /** In the active saved codebook: only such a code has a memo (a new one gets it once saved). */
  saved: boolean;
  canEdit: boolean;
}

/**
 * The code's memo under its form: how this lab applies the code, with anchor examples. Saved as it is
 * typed (not with the codebook), shared with every coder, the same memo the Segments view shows.
 */
export function CodebookCodeMemo({ code, saved, canEdit }: Props) {
  if (!saved)
    return (
      <p className="muted small cb-code-memo">
        Save the codebook to write this code’s memo (how the lab applies it, anchor examples).
      </p>
    );
  return (
    <div className="cb-code-memo">
      <SharedMemoEditor
        key={code.id}
        memoRef={{ scope: 'code', codeId: code.id }}
        title={`Memo on “${code.label || code.id}”`}
        hint="How this lab applies the code, with anchor examples. Saved as you type; shared with every coder and shown beside the code’s passages in Segments."
        canEdit={canEdit}
      />
    </div>
  );
}
