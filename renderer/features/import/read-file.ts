import { MAX_IMPORT_FILE_BYTES } from '../../../shared/api/transcript.ts';

/** What the import file chooser offers. Other files can still be dropped: the host names the problem. */
export const IMPORT_ACCEPT =
  '.docx,.txt,.odt,.rtf,text/plain,application/rtf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.oasis.opendocument.text';

export function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** A file too large to send at all gets its message here, naming the file like the host's messages do. */
export function tooLargeMessage(file: { name: string; size: number }): string | null {
  if (file.size <= MAX_IMPORT_FILE_BYTES) return null;
  return `${file.name}: the file is too large to import (${megabytes(file.size)}; the limit is ${megabytes(MAX_IMPORT_FILE_BYTES)}).`;
}

export { readFileBase64 } from '../../ui/read-file-base64.ts';
