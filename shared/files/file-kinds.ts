// The kinds of file the picker lists, without zod: the start screen's picker needs them, and its first
// paint should not wait for the validation library (the API's schema in shared/api/files.ts uses the same list).

export const FILE_KINDS = ['attune', 'attune-coding', 'qdpx', 'age', 'attune-age'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

/** The extension each kind lists (`.age`: any encrypted file; `.attune.age`: an encrypted project or package). */
export const FILE_KIND_EXTENSIONS: Record<FileKind, string> = {
  attune: '.attune',
  'attune-coding': '.attune-coding',
  qdpx: '.qdpx',
  age: '.age',
  'attune-age': '.attune.age',
};
