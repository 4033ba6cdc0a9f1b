import { parse as parseCsv } from 'csv-parse/sync';
import {
  CODING_FILE_FORMAT,
  CODING_FILE_VERSION,
  codingFileSchema,
  type CodingFile,
  type CodingImportReport,
} from '../../shared/api/coding.ts';
import { countWords } from '../../shared/transcript/normalize.ts';
import { formatZodError } from './dispatcher.ts';
import { CodingStore } from './coding-store.ts';
import { textHash, type ProjectStore } from './project-store.ts';
import { ServiceError } from './service-error.ts';

type FileTranscript = CodingFile['transcripts'][number];

/** One coder's coding of one transcript, in the file's shape (ids and times preserved). */
function snapshot(
  store: ProjectStore,
  coding: CodingStore,
  transcriptId: string,
  coderId: string,
): Omit<FileTranscript, 'hash' | 'title' | 'characters' | 'text'> {
  const c = coding.getClassification(transcriptId, coderId);
  const st = coding.getStatus(transcriptId, coderId);
  return {
    annotations: store.listAnnotations(transcriptId, coderId).map((a) => ({
      id: a.id,
      codeId: a.codeId,
      start: a.start,
      end: a.end,
      note: a.note,
      severity: a.severity,
      eventId: a.eventId,
      createdAt: a.createdAt,
      updatedAt: a.updatedAt,
    })),
    events: coding.listEvents(transcriptId, coderId).map((e) => ({
      id: e.id,
      kind: e.kind,
      who: e.who,
      speakerAge: e.speakerAge,
      note: e.note,
      createdAt: e.createdAt,
    })),
    ratings: coding.listRatings(transcriptId, coderId).map((r) => ({
      scaleId: r.scaleId,
      target: r.target,
      value: r.value,
      notRateable: r.notRateable,
      note: r.note,
      links: [...r.links].sort(),
      updatedAt: r.updatedAt,
    })),
    classification: c
      ? {
          primary: c.primary,
          subtype: c.subtype,
          alternative: c.alternative,
          secondAlternative: c.secondAlternative,
          confidence: c.confidence,
          forced: c.forced,
          note: c.note,
          updatedAt: c.updatedAt,
        }
      : null,
    memo: coding.getMemo(transcriptId, coderId).text,
    status: { status: st.status, submittedAt: st.submittedAt },
  };
}

function hasCoding(s: ReturnType<typeof snapshot>): boolean {
  return (
    s.annotations.length > 0 ||
    s.events.length > 0 ||
    s.ratings.length > 0 ||
    s.classification !== null ||
    s.memo !== '' ||
    s.status.status !== 'not-started'
  );
}

/** The codebook versions a coder's coding of these transcripts used. */
function codebookKeysUsed(store: ProjectStore, transcriptIds: string[], coderId: string): string[] {
  return store.db
    .all<{ key: string }>(
      `SELECT codebook_key AS key FROM annotations WHERE coder_id = @c AND transcript_id IN (SELECT value FROM json_each(@t))
       UNION SELECT codebook_key FROM ratings WHERE coder_id = @c AND transcript_id IN (SELECT value FROM json_each(@t))
       UNION SELECT codebook_key FROM classifications WHERE coder_id = @c AND transcript_id IN (SELECT value FROM json_each(@t))`,
      { c: coderId, t: JSON.stringify(transcriptIds) },
    )
    .map((r) => r.key);
}

export function exportCoding(
  store: ProjectStore,
  coding: CodingStore,
  opts: { coderId: string; transcriptIds?: string[] | undefined; includeText: boolean; attuneVersion: string },
): { fileName: string; content: string } {
  const coder = store.listCoders().find((c) => c.id === opts.coderId);
  if (!coder) throw new ServiceError('not-found', `no coder with id ${opts.coderId}`);
  const all = store.listTranscripts();
  const chosen = opts.transcriptIds
    ? opts.transcriptIds.map((id) => {
        const t = all.find((x) => x.id === id);
        if (!t) throw new ServiceError('not-found', `no transcript with id ${id}`);
        return t;
      })
    : all.filter((t) => hasCoding(snapshot(store, coding, t.id, coder.id)));
  if (chosen.length === 0)
    throw new ServiceError('validation', `${coder.name} has not coded any transcript yet: nothing to export`);
  const active = store.activeCodebook().key;
  const used = codebookKeysUsed(
    store,
    chosen.map((t) => t.id),
    coder.id,
  );
  const other = used.filter((k) => k !== active);
  if (other.length > 0)
    throw new ServiceError(
      'conflict',
      `${coder.name}'s coding uses codebook ${other.join(', ')} but the active codebook is ${active}; export works on one codebook version at a time`,
    );
  const file: CodingFile = {
    format: CODING_FILE_FORMAT,
    version: CODING_FILE_VERSION,
    exportedAt: new Date().toISOString(),
    attuneVersion: opts.attuneVersion,
    coder: { id: coder.id, name: coder.name, role: coder.role },
    codebook: { key: active },
    transcripts: chosen.map((t) => ({
      hash: t.hash,
      title: t.title,
      characters: t.characters,
      ...(opts.includeText ? { text: store.transcriptText(t.id) } : {}),
      ...snapshot(store, coding, t.id, coder.id),
    })),
  };
  const safeName = coder.name.replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '') || 'coder';
  return {
    fileName: `${safeName}-${new Date().toISOString().slice(0, 10)}.attune-coding`,
    content: JSON.stringify(file, null, 1),
  };
}

function emptyReport(fileName: string, format: CodingImportReport['format']): CodingImportReport {
  return {
    fileName,
    format,
    coders: [],
    transcripts: 0,
    transcriptsAdded: 0,
    annotationsAdded: 0,
    annotationsUpdated: 0,
    annotationsRemoved: 0,
    ratings: 0,
    classifications: 0,
    unchanged: true,
    warnings: [],
  };
}

/**
 * Import one coder's `.attune-coding` file. For each transcript in the file, that coder's coding becomes
 * exactly what the file holds (a snapshot), so importing the same file twice changes nothing and a
 * re-export after deletions removes them here too. Everything is checked first; then one transaction writes.
 */
export function importCodingFile(
  store: ProjectStore,
  coding: CodingStore,
  fileName: string,
  content: string,
): CodingImportReport {
  let raw: unknown;
  try {
    raw = JSON.parse(content);
  } catch (e) {
    throw new ServiceError('validation', `${fileName}: not a valid .attune-coding file (${(e as Error).message})`);
  }
  const parsed = codingFileSchema.safeParse(raw);
  if (!parsed.success)
    throw new ServiceError(
      'validation',
      `${fileName}: not a valid .attune-coding file: ${formatZodError(parsed.error)}`,
    );
  const file = parsed.data;

  const known = new Set(store.listCodebooks().map((c) => c.key));
  if (!known.has(file.codebook.key)) {
    throw new ServiceError(
      'conflict',
      `${fileName} was coded with codebook ${file.codebook.key}, which this project does not have (it has ${[...known].join(', ')}). Import that codebook version first, or export again from a project using ${store.activeCodebook().key}.`,
    );
  }
  const codebook = store.getCodebook(file.codebook.key).codebook;
  const codeIds = new Set(codebook.codes.map((c) => c.id));
  const scales = new Map(codebook.scales.map((s) => [s.id, s]));

  // Resolve transcripts by hash; text carried in the file may add a transcript the project lacks.
  const problems: string[] = [];
  const resolved = file.transcripts.map((t) => {
    const existing = store.findTranscriptByHash(t.hash);
    if (existing) return { t, id: existing.id as string | null, length: existing.characters };
    if (t.text !== undefined) {
      if (textHash(t.text) !== t.hash) problems.push(`"${t.title}": the text in the file does not match its hash`);
      return { t, id: null, length: t.text.length };
    }
    problems.push(`"${t.title}" (${t.hash.slice(0, 12)}…) is not in this project`);
    return { t, id: null, length: t.characters };
  });
  for (const { t, length } of resolved) {
    const eventIds = new Set(t.events.map((e) => e.id));
    const annIds = new Set(t.annotations.map((a) => a.id));
    for (const a of t.annotations) {
      if (!codeIds.has(a.codeId))
        problems.push(`"${t.title}": code "${a.codeId}" is not in codebook ${file.codebook.key}`);
      if (a.end > length)
        problems.push(
          `"${t.title}": highlight [${a.start}, ${a.end}) runs past the end of the text (${length} characters)`,
        );
      if (a.eventId && !eventIds.has(a.eventId))
        problems.push(`"${t.title}": a highlight names event ${a.eventId}, which the file does not list`);
    }
    for (const r of t.ratings) {
      const scale = scales.get(r.scaleId);
      if (!scale) problems.push(`"${t.title}": scale "${r.scaleId}" is not in codebook ${file.codebook.key}`);
      else {
        // Same rules as rating in the app: a value the score sheet would refuse must not reach the statistics.
        const problem = CodingStore.ratingProblem(scale, r);
        if (problem) problems.push(`"${t.title}": ${problem}`);
      }
      if (r.target.startsWith('event:') && !eventIds.has(r.target.slice(6)))
        problems.push(`"${t.title}": a rating names event ${r.target.slice(6)}, which the file does not list`);
      for (const l of r.links)
        if (!annIds.has(l)) problems.push(`"${t.title}": a rating links highlight ${l}, which the file does not hold`);
    }
    if (t.classification) {
      try {
        // Same rules as coding in the app.
        CodingStore.validateClassification(codebook, t.classification);
      } catch (e) {
        problems.push(`"${t.title}": ${(e as Error).message}`);
      }
    }
  }
  // An annotation id owned by someone else means two files collide: refuse rather than overwrite.
  for (const { t } of resolved)
    for (const a of t.annotations) {
      const owner = store.db.get<{ coder_id: string }>('SELECT coder_id FROM annotations WHERE id = ?', [a.id]);
      if (owner && owner.coder_id !== file.coder.id)
        problems.push(`"${t.title}": highlight ${a.id} already belongs to another coder`);
    }
  if (problems.length > 0) {
    const shown = problems.slice(0, 5).join('; ');
    throw new ServiceError(
      'validation',
      `${fileName}: nothing was imported. ${shown}${problems.length > 5 ? `; and ${problems.length - 5} more` : ''}`,
    );
  }

  const report = emptyReport(fileName, 'attune-coding');
  const active = store.activeCodebook().key;
  if (file.codebook.key !== active)
    report.warnings.push(
      `${fileName} was coded with codebook ${file.codebook.key}, not the project's active ${active}. The coding is kept under ${file.codebook.key}; agreement uses the active codebook's codes and scales, matched by id.`,
    );
  store.db.transaction(() => {
    let coder =
      store.listCoders().find((c) => c.id === file.coder.id) ??
      store.listCoders().find((c) => c.name.toLowerCase() === file.coder.name.toLowerCase());
    if (!coder) {
      store.db.run('INSERT INTO coders (id, name, role, created_at) VALUES (?, ?, ?, ?)', [
        file.coder.id,
        file.coder.name,
        file.coder.role,
        new Date().toISOString(),
      ]);
      coder = { id: file.coder.id, name: file.coder.name, role: file.coder.role, createdAt: '' };
    }
    const coderId = coder.id;
    report.coders = [coder.name];
    for (const r of resolved) {
      let transcriptId = r.id;
      if (transcriptId === null) {
        const text = r.t.text as string;
        transcriptId = store.insertTranscript({
          title: r.t.title,
          text,
          words: countWords(text),
          sourceName: fileName,
        }).id;
        report.transcriptsAdded++;
      }
      const before = snapshot(store, coding, transcriptId, coderId);
      const { hash: _h, title: _t, characters: _c, text: _x, ...incoming } = r.t;
      const same =
        JSON.stringify(before) ===
        JSON.stringify({ ...incoming, ratings: incoming.ratings.map((x) => ({ ...x, links: [...x.links].sort() })) });
      report.transcripts++;
      report.ratings += incoming.ratings.length;
      report.classifications += incoming.classification ? 1 : 0;
      if (same) continue;
      report.unchanged = false;
      const beforeIds = new Map(before.annotations.map((a) => [a.id, JSON.stringify(a)]));
      for (const a of incoming.annotations) {
        if (!beforeIds.has(a.id)) report.annotationsAdded++;
        else if (beforeIds.get(a.id) !== JSON.stringify(a)) report.annotationsUpdated++;
      }
      const incomingIds = new Set(incoming.annotations.map((a) => a.id));
      report.annotationsRemoved += before.annotations.filter((a) => !incomingIds.has(a.id)).length;

      const key = { t: transcriptId, c: coderId };
      store.db.run('DELETE FROM ratings WHERE transcript_id = @t AND coder_id = @c', key);
      store.db.run('DELETE FROM annotations WHERE transcript_id = @t AND coder_id = @c', key);
      store.db.run('DELETE FROM events WHERE transcript_id = @t AND coder_id = @c', key);
      store.db.run('DELETE FROM classifications WHERE transcript_id = @t AND coder_id = @c', key);
      store.db.run('DELETE FROM memos WHERE transcript_id = @t AND coder_id = @c', key);
      store.db.run('DELETE FROM coding_status WHERE transcript_id = @t AND coder_id = @c', key);
      for (const e of incoming.events)
        store.db.run(
          'INSERT INTO events (id, transcript_id, coder_id, kind, who, speaker_age, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
          [e.id, transcriptId, coderId, e.kind, e.who, e.speakerAge, e.note, e.createdAt],
        );
      for (const a of incoming.annotations)
        store.createAnnotation({ ...a, transcriptId, coderId, codebookKey: file.codebook.key });
      for (const rt of incoming.ratings) {
        store.db.run(
          `INSERT INTO ratings (transcript_id, coder_id, codebook_key, scale_id, target, value, not_rateable, note, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          [
            transcriptId,
            coderId,
            file.codebook.key,
            rt.scaleId,
            rt.target,
            rt.value,
            rt.notRateable ? 1 : 0,
            rt.note,
            rt.updatedAt,
          ],
        );
        for (const l of rt.links)
          store.db.run(
            'INSERT INTO rating_links (transcript_id, coder_id, scale_id, target, annotation_id) VALUES (?, ?, ?, ?, ?)',
            [transcriptId, coderId, rt.scaleId, rt.target, l],
          );
      }
      const c = incoming.classification;
      if (c)
        store.db.run(
          `INSERT INTO classifications (transcript_id, coder_id, codebook_key, primary_category, subtype, alternative, second_alternative, confidence, forced, note, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          [
            transcriptId,
            coderId,
            file.codebook.key,
            c.primary,
            c.subtype,
            c.alternative,
            c.secondAlternative,
            c.confidence,
            c.forced ? 1 : 0,
            c.note,
            c.updatedAt,
          ],
        );
      if (incoming.memo)
        store.db.run('INSERT INTO memos (transcript_id, coder_id, text, updated_at) VALUES (?, ?, ?, ?)', [
          transcriptId,
          coderId,
          incoming.memo,
          new Date().toISOString(),
        ]);
      if (incoming.status.status !== 'not-started' || incoming.status.submittedAt)
        store.db.run(
          'INSERT INTO coding_status (transcript_id, coder_id, status, submitted_at, updated_at) VALUES (?, ?, ?, ?, ?)',
          [transcriptId, coderId, incoming.status.status, incoming.status.submittedAt, new Date().toISOString()],
        );
    }
  });
  return report;
}

const CSV_HEADER = ['transcript', 'coder', 'start', 'end', 'code', 'note'];

/**
 * Import annotations from a CSV (`transcript,coder,start,end,code,note`), e.g. from scripts or other
 * tools. Row numbers are spreadsheet rows (the header is row 1). Coders named but not yet in the project
 * are created; an identical annotation already present is skipped, so a repeated import adds nothing.
 */
export function importAnnotationsCsv(store: ProjectStore, fileName: string, content: string): CodingImportReport {
  let rows: string[][];
  // Reported row numbers are the file's line numbers (as a spreadsheet shows them), blank lines counted.
  let lines: number[];
  try {
    const records = parseCsv(content.replace(/^\uFEFF/, ''), {
      relax_column_count: true,
      skip_empty_lines: true,
      trim: false,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    rows = records.map((r) => r.record);
    lines = records.map((r) => r.info.lines);
  } catch (e) {
    throw new ServiceError('validation', `${fileName}: not readable as CSV (${(e as Error).message.split('\n')[0]})`);
  }
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  if (header.join(',') !== CSV_HEADER.join(',') && header.join(',') !== CSV_HEADER.slice(0, 5).join(','))
    throw new ServiceError(
      'validation',
      `${fileName}: the header must be "${CSV_HEADER.join(',')}" (found "${(rows[0] ?? []).join(',')}")`,
    );
  const codeIds = new Set(store.activeCodebook().codebook.codes.map((c) => c.id));
  const lengths = new Map(store.listTranscripts().map((t) => [t.id, t.characters]));
  const coders = store.listCoders();
  const problems: string[] = [];
  const good: { transcriptId: string; coder: string; start: number; end: number; codeId: string; note: string }[] = [];
  rows.slice(1).forEach((r, i) => {
    const row = lines[i + 1] ?? i + 2;
    if (r.length !== header.length)
      return void problems.push(`row ${row}: expected ${header.length} fields, found ${r.length}`);
    const [transcriptId = '', coder = '', s = '', e = '', codeId = '', note = ''] = r.map((x, j) =>
      j === 5 ? x : x.trim(),
    );
    const len = lengths.get(transcriptId);
    if (len === undefined) return void problems.push(`row ${row}: no transcript with id "${transcriptId}"`);
    if (!coder) return void problems.push(`row ${row}: the coder is empty`);
    if (!/^\d+$/.test(s) || !/^\d+$/.test(e))
      return void problems.push(`row ${row}: start and end must be whole numbers (got "${s}", "${e}")`);
    const start = Number(s);
    const end = Number(e);
    if (end <= start) return void problems.push(`row ${row}: end (${end}) must be after start (${start})`);
    if (end > len)
      return void problems.push(
        `row ${row}: [${start}, ${end}) runs past the end of the transcript (${len} characters)`,
      );
    if (!codeIds.has(codeId)) return void problems.push(`row ${row}: code "${codeId}" is not in the active codebook`);
    good.push({ transcriptId, coder, start, end, codeId, note });
  });
  if (rows.length < 2) problems.push('the file has a header but no rows');
  if (problems.length > 0) {
    throw new ServiceError(
      'validation',
      `${fileName}: nothing was imported. ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? `; and ${problems.length - 5} more` : ''}`,
    );
  }
  const report = emptyReport(fileName, 'csv');
  store.db.transaction(() => {
    const byName = new Map(coders.map((c) => [c.name.toLowerCase(), c.id]));
    const byId = new Set(coders.map((c) => c.id));
    const seenTranscripts = new Set<string>();
    const seenCoders = new Set<string>();
    for (const g of good) {
      let coderId = byId.has(g.coder) ? g.coder : byName.get(g.coder.toLowerCase());
      if (!coderId) coderId = store.createCoder(g.coder, 'coder').id;
      byName.set(g.coder.toLowerCase(), coderId);
      seenCoders.add(coders.find((c) => c.id === coderId)?.name ?? g.coder);
      seenTranscripts.add(g.transcriptId);
      const dup = store.db.get(
        'SELECT 1 FROM annotations WHERE transcript_id = ? AND coder_id = ? AND start_offset = ? AND end_offset = ? AND code_id = ? AND note = ?',
        [g.transcriptId, coderId, g.start, g.end, g.codeId, g.note],
      );
      if (dup) continue;
      store.createAnnotation({
        transcriptId: g.transcriptId,
        coderId,
        codeId: g.codeId,
        start: g.start,
        end: g.end,
        note: g.note,
      });
      report.annotationsAdded++;
      report.unchanged = false;
    }
    report.coders = [...seenCoders];
    report.transcripts = seenTranscripts.size;
  });
  return report;
}

/** `.attune-coding` (JSON) or annotations CSV, told apart by content. */
export function importCoding(
  store: ProjectStore,
  coding: CodingStore,
  fileName: string,
  content: string,
): CodingImportReport {
  return content.trimStart().startsWith('{')
    ? importCodingFile(store, coding, fileName, content)
    : importAnnotationsCsv(store, fileName, content);
}
