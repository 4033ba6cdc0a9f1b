import { FilePickerDialog, folderOf } from '../files/index.ts';

interface Props {
  kind: 'create' | 'open';
  /** The path typed in the field, if any: the picker starts in its folder. */
  typed: string;
  recent: string[] | null;
  onPick: (path: string) => void;
  onClose: () => void;
}

/** Browse… on the start screen: the folder of the path typed, or of the last project, or home. */
export function StartPicker({ kind, typed, recent, onPick, onClose }: Props) {
  return (
    <FilePickerDialog
      mode={kind === 'create' ? 'new' : 'open'}
      title={kind === 'create' ? 'New project' : 'Open a project'}
      defaultName={kind === 'create' ? 'study.attune' : undefined}
      // Opening also lists encrypted projects and packages (.attune.age, not encrypted coding files): their
      // passphrase is asked next.
      kinds={kind === 'create' ? ['attune'] : ['attune', 'attune-age']}
      start={folderOf(typed.trim() || (recent?.[0] ?? ''))}
      onClose={onClose}
      onPick={onPick}
    />
  );
}
