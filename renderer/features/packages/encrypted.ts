/** An ASCII-armored age file (how Attune writes encrypted `.attune-coding` files). */
export function isEncryptedText(content: string): boolean {
  return (
    content.trimStart().startsWith('-----BEGIN AGE ENCRYPTED FILE-----') || content.startsWith('age-encryption.org/')
  );
}

/** A path the start screen should open with a passphrase without asking the host first. */
export function looksEncryptedPath(path: string): boolean {
  return path.trim().toLowerCase().endsWith('.age');
}
