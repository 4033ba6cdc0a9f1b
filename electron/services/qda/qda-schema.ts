/**
 * The REFI-QDA schemas (docs/standards/Project-mrt2019.xsd and the codebook schema of the standard's
 * section 5.2) as tables, so an imported project.qde or .qdc is checked against the schema before any of
 * it is read: element order and counts, required attributes, no unknown ones, and the value types
 * (GUID, colour, integer, boolean, date-time, enumerations). xmllint checks our own exports against the
 * XSD itself in the tests; this is what the app runs, since it cannot rely on xmllint being installed.
 */

export const PROJECT_NS = 'urn:QDA-XML:project:1.0';
export const CODEBOOK_NS = 'urn:QDA-XML:codebook:1.0';

type Simple = 'string' | 'guid' | 'rgb' | 'integer' | 'boolean' | 'decimal' | 'date' | 'dateTime' | `enum:${string}`;

interface Particle {
  name: string;
  type: string;
  min: number;
  max: number;
}

export interface ComplexType {
  attrs: Record<string, { type: Simple; required?: boolean }>;
  /** A sequence of particles; or `choice`: any of them, repeated between min and max times. */
  seq?: Particle[];
  choice?: { of: Particle[]; min: number; max: number };
}

const U = Infinity;
const p = (name: string, type: string, min = 0, max = 1): Particle => ({ name, type, min, max });
const req = (type: Simple) => ({ type, required: true });
const opt = (type: Simple) => ({ type });

const tracked = {
  creatingUser: opt('guid'),
  creationDateTime: opt('dateTime'),
  modifyingUser: opt('guid'),
  modifiedDateTime: opt('dateTime'),
} as const;
const named = { guid: req('guid'), name: opt('string') } as const;
const box = {
  firstX: req('integer'),
  firstY: req('integer'),
  secondX: req('integer'),
  secondY: req('integer'),
} as const;
const media = { ...named, path: opt('string'), currentPath: opt('string'), ...tracked } as const;
const selectionBody = [p('Description', 'string'), p('Coding', 'CodingType', 0, U), p('NoteRef', 'RefType', 0, U)];
const sourceTail = [
  p('Coding', 'CodingType', 0, U),
  p('NoteRef', 'RefType', 0, U),
  p('VariableValue', 'VariableValueType', 0, U),
];
const ref = { attrs: { targetGUID: req('guid') } };
const mediaSource = (selection: string): ComplexType => ({
  attrs: media,
  seq: [
    p('Description', 'string'),
    p('Transcript', 'TranscriptType', 0, U),
    p(selection, 'MediaSelectionType', 0, U),
    ...sourceTail,
  ],
});

export const PROJECT_TYPES: Record<string, ComplexType> = {
  ProjectType: {
    attrs: {
      name: req('string'),
      origin: opt('string'),
      creatingUserGUID: opt('guid'),
      creationDateTime: opt('dateTime'),
      modifyingUserGUID: opt('guid'),
      modifiedDateTime: opt('dateTime'),
      basePath: opt('string'),
    },
    seq: [
      p('Users', 'UsersType'),
      p('CodeBook', 'CodeBookType'),
      p('Variables', 'VariablesType'),
      p('Cases', 'CasesType'),
      p('Sources', 'SourcesType'),
      p('Notes', 'NotesType'),
      p('Links', 'LinksType'),
      p('Sets', 'SetsType'),
      p('Graphs', 'GraphsType'),
      p('Description', 'string'),
      p('NoteRef', 'RefType', 0, U),
    ],
  },
  UsersType: { attrs: {}, seq: [p('User', 'UserType', 1, U)] },
  UserType: { attrs: { guid: req('guid'), name: opt('string'), id: opt('string') } },
  CodeBookType: { attrs: {}, seq: [p('Codes', 'CodesType', 1, 1)] },
  CodesType: { attrs: {}, seq: [p('Code', 'CodeType', 1, U)] },
  CodeType: {
    attrs: { guid: req('guid'), name: req('string'), isCodable: req('boolean'), color: opt('rgb') },
    seq: [p('Description', 'string'), p('NoteRef', 'RefType', 0, U), p('Code', 'CodeType', 0, U)],
  },
  CasesType: { attrs: {}, seq: [p('Case', 'CaseType', 1, U)] },
  CaseType: {
    attrs: named,
    seq: [
      p('Description', 'string'),
      p('CodeRef', 'RefType', 0, U),
      p('VariableValue', 'VariableValueType', 0, U),
      p('SourceRef', 'RefType', 0, U),
      p('SelectionRef', 'RefType', 0, U),
    ],
  },
  VariablesType: { attrs: {}, seq: [p('Variable', 'VariableType', 1, U)] },
  VariableType: {
    attrs: {
      guid: req('guid'),
      name: req('string'),
      typeOfVariable: req('enum:Text|Boolean|Integer|Float|Date|DateTime'),
    },
    seq: [p('Description', 'string')],
  },
  VariableValueType: {
    attrs: {},
    seq: [p('VariableRef', 'RefType', 1, 1), p('@value', '', 0, 1)],
  },
  SetsType: { attrs: {}, seq: [p('Set', 'SetType', 1, U)] },
  SetType: {
    attrs: { guid: req('guid'), name: req('string') },
    seq: [
      p('Description', 'string'),
      p('MemberCode', 'RefType', 0, U),
      p('MemberSource', 'RefType', 0, U),
      p('MemberNote', 'RefType', 0, U),
    ],
  },
  SourcesType: {
    attrs: {},
    choice: {
      of: [
        p('TextSource', 'TextSourceType'),
        p('PictureSource', 'PictureSourceType'),
        p('PDFSource', 'PDFSourceType'),
        p('AudioSource', 'AudioSourceType'),
        p('VideoSource', 'VideoSourceType'),
      ],
      min: 1,
      max: U,
    },
  },
  TextSourceType: {
    attrs: { ...named, richTextPath: opt('string'), plainTextPath: opt('string'), ...tracked },
    seq: [
      p('Description', 'string'),
      p('PlainTextContent', 'string'),
      p('PlainTextSelection', 'PlainTextSelectionType', 0, U),
      ...sourceTail,
    ],
  },
  PlainTextSelectionType: {
    attrs: { ...named, startPosition: req('integer'), endPosition: req('integer'), ...tracked },
    seq: selectionBody,
  },
  PictureSourceType: {
    attrs: media,
    seq: [
      p('Description', 'string'),
      p('TextDescription', 'TextSourceType'),
      p('PictureSelection', 'PictureSelectionType', 0, U),
      ...sourceTail,
    ],
  },
  PictureSelectionType: { attrs: { ...named, ...box, ...tracked }, seq: selectionBody },
  PDFSourceType: {
    attrs: media,
    seq: [
      p('Description', 'string'),
      p('PDFSelection', 'PDFSelectionType', 0, U),
      p('Representation', 'TextSourceType'),
      ...sourceTail,
    ],
  },
  PDFSelectionType: {
    attrs: { ...named, page: req('integer'), ...box, ...tracked },
    seq: [
      p('Description', 'string'),
      p('Representation', 'TextSourceType'),
      p('Coding', 'CodingType', 0, U),
      p('NoteRef', 'RefType', 0, U),
    ],
  },
  AudioSourceType: mediaSource('AudioSelection'),
  VideoSourceType: mediaSource('VideoSelection'),
  MediaSelectionType: {
    attrs: { ...named, begin: req('integer'), end: req('integer'), ...tracked },
    seq: selectionBody,
  },
  TranscriptType: {
    attrs: { ...named, richTextPath: opt('string'), plainTextPath: opt('string'), ...tracked },
    seq: [
      p('Description', 'string'),
      p('PlainTextContent', 'string'),
      p('SyncPoint', 'SyncPointType', 0, U),
      p('TranscriptSelection', 'TranscriptSelectionType', 0, U),
      p('NoteRef', 'RefType', 0, U),
    ],
  },
  TranscriptSelectionType: {
    attrs: { ...named, fromSyncPoint: opt('guid'), toSyncPoint: opt('guid'), ...tracked },
    seq: selectionBody,
  },
  SyncPointType: { attrs: { guid: req('guid'), timeStamp: opt('integer'), position: opt('integer') } },
  CodingType: {
    attrs: { guid: req('guid'), creatingUser: opt('guid'), creationDateTime: opt('dateTime') },
    seq: [p('CodeRef', 'RefType', 1, 1), p('NoteRef', 'RefType', 0, U)],
  },
  GraphsType: { attrs: {}, seq: [p('Graph', 'GraphType', 1, U)] },
  GraphType: { attrs: named, seq: [p('Vertex', 'VertexType', 0, U), p('Edge', 'EdgeType', 0, U)] },
  VertexType: {
    attrs: {
      ...named,
      representedGUID: opt('guid'),
      firstX: req('integer'),
      firstY: req('integer'),
      secondX: opt('integer'),
      secondY: opt('integer'),
      shape: opt(
        'enum:Person|Oval|Rectangle|RoundedRectangle|Star|LeftTriangle|RightTriangle|UpTriangle|DownTriangle|Note',
      ),
      color: opt('rgb'),
    },
  },
  EdgeType: {
    attrs: {
      ...named,
      representedGUID: opt('guid'),
      sourceVertex: req('guid'),
      targetVertex: req('guid'),
      color: opt('rgb'),
      direction: opt('enum:Associative|OneWay|Bidirectional'),
      lineStyle: opt('enum:dotted|dashed|solid'),
    },
  },
  NotesType: { attrs: {}, seq: [p('Note', 'TextSourceType', 1, U)] },
  LinksType: { attrs: {}, seq: [p('Link', 'LinkType', 1, U)] },
  LinkType: {
    attrs: {
      ...named,
      direction: opt('enum:Associative|OneWay|Bidirectional'),
      color: opt('rgb'),
      originGUID: opt('guid'),
      targetGUID: opt('guid'),
    },
    seq: [p('NoteRef', 'RefType', 0, U)],
  },
  RefType: ref,
};

/** The codebook schema (section 5.2 of the standard): its Code has no NoteRef, and Sets hold MemberCode guids. */
export const CODEBOOK_TYPES: Record<string, ComplexType> = {
  CodeBookType: {
    attrs: { origin: opt('string') },
    seq: [p('Codes', 'CodesType', 1, 1), p('Sets', 'SetsType')],
  },
  CodesType: { attrs: {}, seq: [p('Code', 'CodeType', 1, U)] },
  CodeType: {
    attrs: { guid: req('guid'), name: req('string'), isCodable: req('boolean'), color: opt('rgb') },
    seq: [p('Description', 'string'), p('Code', 'CodeType', 0, U)],
  },
  SetsType: { attrs: {}, seq: [p('Set', 'SetType', 1, U)] },
  SetType: {
    attrs: { guid: req('guid'), name: req('string') },
    seq: [p('Description', 'string'), p('MemberCode', 'MemberCodeType', 0, U)],
  },
  MemberCodeType: { attrs: { guid: req('guid') } },
};

/** A VariableValue holds at most one of these, after its VariableRef. */
export const VALUE_ELEMENTS: Record<string, Simple> = {
  TextValue: 'string',
  BooleanValue: 'boolean',
  IntegerValue: 'integer',
  FloatValue: 'decimal',
  DateValue: 'date',
  DateTimeValue: 'dateTime',
};

const PATTERNS: Record<Exclude<Simple, 'string' | `enum:${string}`>, RegExp> = {
  guid: /^(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\})$/,
  rgb: /^#(?:[A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})$/,
  integer: /^[+-]?\d+$/,
  boolean: /^(?:true|false|1|0)$/,
  decimal: /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/,
  date: /^-?\d{4,}-\d{2}-\d{2}(?:Z|[+-]\d{2}:\d{2})?$/,
  dateTime: /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})?$/,
};

const TYPE_WORDS: Record<string, string> = {
  guid: 'a GUID',
  rgb: 'a colour like #RRGGBB',
  integer: 'a whole number',
  boolean: 'true or false',
  decimal: 'a number',
  date: 'a date (YYYY-MM-DD)',
  dateTime: 'a date and time (YYYY-MM-DDThh:mm:ss)',
};

/** Why `value` is not of the simple type, or null. Token types are whitespace-collapsed first. */
export function simpleTypeProblem(type: Simple, value: string): string | null {
  if (type === 'string') return null;
  const v = value.trim().replace(/\s+/g, ' ');
  if (type.startsWith('enum:')) {
    const allowed = type.slice(5).split('|');
    return allowed.includes(v) ? null : `one of ${allowed.join(', ')}`;
  }
  return PATTERNS[type as keyof typeof PATTERNS].test(v) ? null : (TYPE_WORDS[type] ?? type);
}
