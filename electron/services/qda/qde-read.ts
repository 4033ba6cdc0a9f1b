import { normalGuid } from './guid.ts';
import { CODEBOOK_NS, CODEBOOK_TYPES, PROJECT_NS, PROJECT_TYPES, VALUE_ELEMENTS } from './qda-schema.ts';
import { attr, childElements, elementName, kid, kids, parseQdaXml, textOf, validateAgainst } from './qda-xml.ts';

/** What Attune reads of a REFI-QDA project (project.qde), after it passed the schema. GUIDs are normalised. */
export interface QdaUser {
  guid: string;
  name: string | undefined;
  id: string | undefined;
}

export interface QdaCode {
  guid: string;
  name: string;
  isCodable: boolean;
  color: string | undefined;
  description: string;
  parent: string | null;
  depth: number;
}

export interface QdaCoding {
  guid: string;
  code: string;
  creatingUser: string | undefined;
  creationDateTime: string | undefined;
  noteRefs: string[];
}

export interface QdaSelection {
  guid: string;
  start: number;
  end: number;
  creatingUser: string | undefined;
  creationDateTime: string | undefined;
  modifiedDateTime: string | undefined;
  description: string;
  codings: QdaCoding[];
  noteRefs: string[];
}

export interface QdaTextSource {
  guid: string;
  name: string;
  content: string | undefined;
  plainTextPath: string | undefined;
  creatingUser: string | undefined;
  selections: QdaSelection[];
  noteRefs: string[];
  variables: { variable: string; value: string }[];
}

export interface QdaNote {
  guid: string;
  name: string;
  text: string | undefined;
  plainTextPath: string | undefined;
  creatingUser: string | undefined;
}

export interface QdaProject {
  name: string;
  origin: string | undefined;
  users: QdaUser[];
  codes: QdaCode[];
  variables: Map<string, string>;
  cases: { guid: string; name: string; sources: string[]; values: { variable: string; value: string }[] }[];
  textSources: QdaTextSource[];
  /** Sources Attune cannot take (PDF, picture, audio, video): kind, name and how many codings they carry. */
  otherSources: { kind: string; name: string; codings: number }[];
  notes: Map<string, QdaNote>;
  /** Parts of the file that have no place in Attune (sets, links, graphs, project notes). */
  unsupported: { what: string; why: string }[];
}

const opt = (el: Element, name: string) => attr(el, name);
const guidOf = (el: Element, name = 'guid') => {
  const v = attr(el, name);
  return v === undefined ? undefined : normalGuid(v);
};
const refs = (el: Element, name = 'NoteRef') => kids(el, name).map((r) => normalGuid(r.getAttribute('targetGUID')!));
/** Descriptions and notes are prose: their line ends become LF (only a source's text keeps CR for positions). */
const prose = (s: string) => s.replace(/\r\n?/g, '\n');
const descriptionOf = (el: Element) => {
  const d = kid(el, 'Description');
  return d ? prose(textOf(d)) : '';
};

export function readCodes(codesEl: Element | undefined): QdaCode[] {
  const out: QdaCode[] = [];
  const walk = (el: Element, parent: string | null, depth: number) => {
    for (const c of kids(el, 'Code')) {
      const guid = guidOf(c)!;
      out.push({
        guid,
        name: c.getAttribute('name')!,
        isCodable: /^(true|1)$/.test(c.getAttribute('isCodable')!.trim()),
        color: opt(c, 'color')?.trim(),
        description: descriptionOf(c),
        parent,
        depth,
      });
      walk(c, guid, depth + 1);
    }
  };
  if (codesEl) walk(codesEl, null, 0);
  return out;
}

function readValue(vv: Element): { variable: string; value: string } | null {
  const ref = kid(vv, 'VariableRef');
  const value = childElements(vv).find((c) => elementName(c) in VALUE_ELEMENTS);
  return ref && value ? { variable: normalGuid(ref.getAttribute('targetGUID')!), value: textOf(value).trim() } : null;
}

function readSelection(s: Element): QdaSelection {
  return {
    guid: guidOf(s)!,
    start: Number(s.getAttribute('startPosition')!.trim()),
    end: Number(s.getAttribute('endPosition')!.trim()),
    creatingUser: guidOf(s, 'creatingUser'),
    creationDateTime: opt(s, 'creationDateTime')?.trim(),
    modifiedDateTime: opt(s, 'modifiedDateTime')?.trim(),
    description: descriptionOf(s),
    codings: kids(s, 'Coding').map((c) => ({
      guid: guidOf(c)!,
      code: normalGuid(kid(c, 'CodeRef')!.getAttribute('targetGUID')!),
      creatingUser: guidOf(c, 'creatingUser'),
      creationDateTime: opt(c, 'creationDateTime')?.trim(),
      noteRefs: refs(c),
    })),
    noteRefs: refs(s),
  };
}

function readTextSource(t: Element): QdaTextSource {
  const content = kid(t, 'PlainTextContent');
  return {
    guid: guidOf(t)!,
    name: opt(t, 'name') ?? '',
    content: content ? textOf(content) : undefined,
    plainTextPath: opt(t, 'plainTextPath')?.trim(),
    creatingUser: guidOf(t, 'creatingUser'),
    selections: kids(t, 'PlainTextSelection').map(readSelection),
    noteRefs: refs(t),
    variables: kids(t, 'VariableValue')
      .map(readValue)
      .filter((v) => v !== null),
  };
}

const OTHER_KINDS: Record<string, string> = {
  PDFSource: 'PDF',
  PictureSource: 'picture',
  AudioSource: 'audio',
  VideoSource: 'video',
};

/** Codings anywhere under a non-text source (selections, representations, transcripts). */
function countCodings(el: Element): number {
  return el.getElementsByTagNameNS(PROJECT_NS, 'Coding').length;
}

export function readProject(fileLabel: string, bytes: Uint8Array): QdaProject {
  const doc = parseQdaXml(fileLabel, bytes);
  validateAgainst(doc, {
    fileLabel,
    namespace: PROJECT_NS,
    root: 'Project',
    rootType: 'ProjectType',
    types: PROJECT_TYPES,
  });
  const root = doc.documentElement!;
  const sources = kid(root, 'Sources');
  const unsupported: QdaProject['unsupported'] = [];
  const count = (name: string, child: string, what: string, why: string) => {
    const n = kids(kid(root, name), child).length;
    if (n > 0) unsupported.push({ what: `${n} ${what}`, why });
  };
  count('Sets', 'Set', 'set(s)', 'Attune has no sets of codes or sources');
  count('Links', 'Link', 'link(s)', 'Attune has no links between items');
  count('Graphs', 'Graph', 'graph(s)', 'Attune has no graphs');
  const projectNotes = kids(root, 'NoteRef').length;
  if (projectNotes > 0)
    unsupported.push({
      what: `${projectNotes} project note(s)`,
      why: 'Attune keeps memos per transcript and coder only',
    });
  const notes = new Map<string, QdaNote>();
  for (const n of kids(kid(root, 'Notes'), 'Note')) {
    const content = kid(n, 'PlainTextContent');
    notes.set(guidOf(n)!, {
      guid: guidOf(n)!,
      name: opt(n, 'name') ?? '',
      text: content ? prose(textOf(content)) : undefined,
      plainTextPath: opt(n, 'plainTextPath')?.trim(),
      creatingUser: guidOf(n, 'creatingUser'),
    });
  }
  return {
    name: root.getAttribute('name')!,
    origin: opt(root, 'origin'),
    users: kids(kid(root, 'Users'), 'User').map((u) => ({ guid: guidOf(u)!, name: opt(u, 'name'), id: opt(u, 'id') })),
    codes: readCodes(kid(kid(root, 'CodeBook'), 'Codes')),
    variables: new Map(
      kids(kid(root, 'Variables'), 'Variable').map((v) => [guidOf(v)!, v.getAttribute('name')!] as const),
    ),
    cases: kids(kid(root, 'Cases'), 'Case').map((c) => ({
      guid: guidOf(c)!,
      name: opt(c, 'name') ?? '',
      sources: refs(c, 'SourceRef'),
      values: kids(c, 'VariableValue')
        .map(readValue)
        .filter((v) => v !== null),
    })),
    textSources: kids(sources, 'TextSource').map(readTextSource),
    otherSources: (sources ? childElements(sources) : [])
      .filter((s) => elementName(s) in OTHER_KINDS)
      .map((s) => ({ kind: OTHER_KINDS[elementName(s)]!, name: opt(s, 'name') ?? '', codings: countCodings(s) })),
    notes,
    unsupported,
  };
}

/** A REFI-QDA codebook file (.qdc): the CodeBook element on its own, in the codebook namespace. */
export function readCodebookFile(
  fileLabel: string,
  bytes: Uint8Array,
): { origin: string | undefined; codes: QdaCode[] } {
  const doc = parseQdaXml(fileLabel, bytes);
  validateAgainst(doc, {
    fileLabel,
    namespace: CODEBOOK_NS,
    root: 'CodeBook',
    rootType: 'CodeBookType',
    types: CODEBOOK_TYPES,
  });
  const root = doc.documentElement!;
  return { origin: opt(root, 'origin'), codes: readCodes(kid(root, 'Codes')) };
}
