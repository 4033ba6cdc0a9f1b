/**
 * Which coder this browser profile last chose for a project file. Only an id and a path, on this
 * machine: localStorage never leaves it.
 */
const KEY_PREFIX = 'attune.coder:';

export function rememberedCoderId(projectPath: string): string | null {
  try {
    return localStorage.getItem(KEY_PREFIX + projectPath);
  } catch {
    return null;
  }
}

export function rememberCoder(projectPath: string, coderId: string): void {
  try {
    localStorage.setItem(KEY_PREFIX + projectPath, coderId);
  } catch {
    // Storage full or disabled: the coder is asked again next time, nothing else breaks.
  }
}

const TRANSCRIPT_PREFIX = 'attune.transcript:';

export function rememberedTranscriptId(projectPath: string): string | null {
  try {
    return localStorage.getItem(TRANSCRIPT_PREFIX + projectPath);
  } catch {
    return null;
  }
}

export function rememberTranscript(projectPath: string, transcriptId: string): void {
  try {
    localStorage.setItem(TRANSCRIPT_PREFIX + projectPath, transcriptId);
  } catch {
    // As above: a convenience only.
  }
}
