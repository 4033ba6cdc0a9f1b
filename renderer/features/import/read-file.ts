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

/** The file's bytes as base64 (how bytes travel in the JSON API). The browser's own encoder, so large files stay fast. */
export function readFileBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.onload = () => {
      const url = String(reader.result ?? '');
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}
