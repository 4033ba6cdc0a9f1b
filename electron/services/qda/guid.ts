import { createHash } from 'node:crypto';

/**
 * Stable REFI-QDA GUIDs: name-based UUIDs (version 5, RFC 9562) from a namespace of the project and the
 * item's kind and Attune id, so exporting the same project twice gives the same GUIDs, and another
 * project's items never share them.
 */
const ATTUNE_NAMESPACE = '6c9a4c0e-2f4b-5b6e-9d51-7a3e0b1c2d4f';

export function uuidV5(name: string, namespace: string): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(ns).update(name, 'utf8').digest();
  hash[6] = ((hash[6] as number) & 0x0f) | 0x50;
  hash[8] = ((hash[8] as number) & 0x3f) | 0x80;
  const h = hash.subarray(0, 16).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export type GuidKind =
  'user' | 'group' | 'code' | 'source' | 'selection' | 'coding' | 'note' | 'memo' | 'case' | 'variable';

export function guidMaker(projectId: string): (kind: GuidKind, id: string) => string {
  const ns = uuidV5(`project:${projectId}`, ATTUNE_NAMESPACE);
  return (kind, id) => uuidV5(`${kind}:${id}`, ns);
}

/** GUIDs compare without braces and case: ATLAS.ti writes upper case, others lower, some {braced}. */
export function normalGuid(guid: string): string {
  return guid
    .trim()
    .replace(/^\{|\}$/g, '')
    .toLowerCase();
}
