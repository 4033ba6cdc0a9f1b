import type { QdaFile, QdcImportResult } from '../../../shared/api/qda.ts';
import type { Codebook } from '../../../shared/codebook/codebook-schema.ts';
import * as meta from '../db/tables/meta.ts';
import type { ProjectStore } from '../project-store.ts';
import { mapCodes } from './code-mapping.ts';
import { guidMaker } from './guid.ts';
import { CODEBOOK_NS } from './qda-schema.ts';
import { readCodebookFile } from './qde-read.ts';
import { XmlWriter } from './xml-writer.ts';

export interface CodeTree {
  groups: {
    guid: string;
    label: string;
    description: string;
    codes: { guid: string; label: string; color: string; description: string }[];
  }[];
  /** "<codebook id>:<code id>" → GUID, for codings. */
  guidOf: Map<string, string>;
}

export function projectGuids(store: ProjectStore): ReturnType<typeof guidMaker> {
  return guidMaker(meta.getMeta(store.db, { key: 'project_id' }) ?? store.path);
}

/**
 * Codebook groups become parent codes (isCodable="false"), their codes the children. Codes of older
 * versions that exported highlights still use are added after the active version's. GUIDs come from
 * the codebook id and the code id, so every version of a code has one GUID.
 */
export function codeTree(codebooks: Codebook[], guid: ReturnType<typeof guidMaker>): CodeTree {
  const groups = new Map<string, CodeTree['groups'][number]>();
  const guidOf = new Map<string, string>();
  for (const cb of codebooks) {
    for (const g of cb.groups) {
      const k = `${cb.id}:${g.id}`;
      if (!groups.has(k))
        groups.set(k, { guid: guid('group', k), label: g.label, description: g.description, codes: [] });
    }
    for (const c of cb.codes) {
      const k = `${cb.id}:${c.id}`;
      if (guidOf.has(k)) continue;
      guidOf.set(k, guid('code', k));
      groups
        .get(`${cb.id}:${c.group}`)
        ?.codes.push({ guid: guidOf.get(k)!, label: c.label, color: c.color, description: c.description });
    }
  }
  return { groups: [...groups.values()].filter((g) => g.codes.length > 0), guidOf };
}

export function writeCodes(w: XmlWriter, tree: CodeTree): void {
  w.open('Codes');
  for (const g of tree.groups) {
    w.open('Code', { guid: g.guid, name: g.label, isCodable: false });
    if (g.description) w.text('Description', g.description);
    for (const c of g.codes) {
      const attrs = { guid: c.guid, name: c.label, isCodable: true, color: c.color.toUpperCase() };
      if (c.description) w.open('Code', attrs).text('Description', c.description).close('Code');
      else w.empty('Code', attrs);
    }
    w.close('Code');
  }
  w.close('Codes');
}

const stem = (name: string) => name.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '') || 'codebook';

/** The active codebook as a .qdc (codes only: scales and the classification scheme have no REFI-QDA form). */
export function exportQdc(store: ProjectStore, version: string): QdaFile {
  const active = store.activeCodebook();
  const tree = codeTree([active.codebook], projectGuids(store));
  const w = new XmlWriter();
  w.open('CodeBook', { xmlns: CODEBOOK_NS, origin: `Attune ${version}` });
  writeCodes(w, tree);
  w.close('CodeBook');
  return {
    fileName: `${stem(active.codebook.id)}-v${active.codebook.version}.qdc`,
    contentBase64: Buffer.from(w.toString(), 'utf8').toString('base64'),
    counts: { transcripts: 0, coders: 0, codes: tree.guidOf.size, annotations: 0, notes: 0 },
  };
}

/** A .qdc into the active codebook: matched codes stay, the others are added in a new version. */
export function importQdc(store: ProjectStore, fileName: string, bytes: Uint8Array): QdcImportResult {
  const file = readCodebookFile(fileName, bytes);
  const active = store.activeCodebook();
  const mapping = mapCodes(active.codebook, file.codes, new Set());
  if (!mapping.next) return { codebook: active.key, matched: mapping.matched, added: [], skipped: mapping.skipped };
  const saved = store.saveCodebookVersion(mapping.next);
  return {
    codebook: saved.key,
    matched: mapping.matched,
    added: mapping.next.codes.slice(-mapping.added).map((c) => c.label),
    skipped: mapping.skipped,
  };
}
