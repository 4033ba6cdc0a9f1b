/**
 * Save generated content as a file: a Blob and a temporary anchor with `download`. Works in the
 * browser and in Electron (which shows its save dialog); nothing is uploaded anywhere.
 */
export function downloadFile(fileName: string, content: string | Blob, mimeType: string): void {
  const blob = typeof content === 'string' ? new Blob([content], { type: mimeType }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Give the browser time to start reading the blob before it is released.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** Base64 (e.g. a PDF from the host) to bytes. */
export function base64ToBlob(base64: string, mimeType: string): Blob {
  const bin = atob(base64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new Blob([bytes], { type: mimeType });
}

/** An AgreementFile from the host, saved with its own name and type. */
export function downloadAgreementFile(file: {
  fileName: string;
  content: string;
  mimeType: string;
  encoding: 'utf8' | 'base64';
}): void {
  downloadFile(
    file.fileName,
    file.encoding === 'base64' ? base64ToBlob(file.content, file.mimeType) : file.content,
    file.mimeType,
  );
}
