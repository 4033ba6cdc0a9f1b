/**
 * Writes the synthetic transcript fixtures in tests/fixtures/transcripts/ deterministically:
 *   npx tsx scripts/make-fixtures.ts
 *
 * Every transcript here is INVENTED. None is based on, or edited from, a real interview. Names are
 * role tokens ([MOTHER], [TOWN_A]) or obviously fictional. Headers say "SYNTHETIC – NOT REAL DATA".
 *
 * Binary fixtures (docx, odt, UTF-16, Windows-1252, random bytes) come out byte-identical on every
 * run (seeded PRNG, fixed zip dates), and a test checks the committed files against buildFixtures().
 * manifest.json lists each file with what the importer should find in it (the generator counts turns
 * and question numbers as it writes them, independently of the analysers under test).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { mulberry32 } from '../shared/agreement/prng.ts';

export const FIXTURE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'fixtures', 'transcripts');

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)]!;
}

function plainWordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

// ---------------------------------------------------------------------------------------------
// Transcript model and builder

export type Role = 'interviewer' | 'respondent';

export interface Entry {
  kind: 'turn' | 'line' | 'blank';
  role?: Role;
  /** Question number when this interviewer turn opens a numbered question. */
  question?: number;
  /** Written before the label, e.g. a "[00:00:04] " timestamp. */
  prefix?: string;
  text: string;
}

export interface Labels {
  interviewer: string;
  respondent: string;
}

class Builder {
  readonly entries: Entry[] = [];
  constructor(readonly labels: Labels = { interviewer: 'I', respondent: 'R' }) {}

  header(id: string, extra: Record<string, string> = {}, interviewer = 'INT-A', date = '2026-03-02'): this {
    this.line('SYNTHETIC – NOT REAL DATA');
    this.line(`Participant: ${id}`);
    this.line(`Date: ${date}`);
    this.line(`Interviewer: ${interviewer}`);
    for (const [k, v] of Object.entries(extra)) this.line(`${k}: ${v}`);
    this.blank();
    return this;
  }
  q(n: number, prompt: string): this {
    this.entries.push({ kind: 'turn', role: 'interviewer', question: n, text: `${n}. ${prompt}` });
    return this;
  }
  i(text: string, prefix?: string): this {
    this.entries.push({ kind: 'turn', role: 'interviewer', text, ...(prefix ? { prefix } : {}) });
    return this;
  }
  r(text: string): this {
    this.entries.push({ kind: 'turn', role: 'respondent', text });
    return this;
  }
  line(text: string): this {
    this.entries.push({ kind: 'line', text });
    return this;
  }
  blank(): this {
    this.entries.push({ kind: 'blank', text: '' });
    return this;
  }
  block(b: Block): this {
    if (b.n === null) this.i(b.prompt);
    else this.q(b.n, b.prompt);
    this.r(b.answer);
    for (const [p, a] of b.probes ?? []) this.i(p).r(a);
    return this;
  }

  get turns(): number {
    return this.entries.filter((e) => e.kind === 'turn').length;
  }
  get questions(): number[] {
    return this.entries.flatMap((e) => (e.question === undefined ? [] : [e.question]));
  }
  labelFor(role: Role): string {
    return role === 'interviewer' ? this.labels.interviewer : this.labels.respondent;
  }
  text(eol = '\n'): string {
    return (
      this.entries
        .map((e) => (e.kind === 'turn' ? `${e.prefix ?? ''}${this.labelFor(e.role!)}: ${e.text}` : e.text))
        .join(eol) + eol
    );
  }
}

interface Block {
  n: number | null;
  prompt: string;
  answer: string;
  probes?: [string, string][];
}

// ---------------------------------------------------------------------------------------------
// The mini interview (SYN-0001): paraphrased prompts, invented answers.

const MINI: Block[] = [
  {
    n: 1,
    prompt: 'To start, could you orient me to your family when you were small – where you lived, who was at home?',
    answer:
      'Um, so it was me, [MOTHER], [FATHER] and my brother [SIBLING_1]. We lived in [TOWN_A] until I was, like, nine (I: mm-hm) and then we moved to a flat near the river. It was- it was a small flat, you know, two bedrooms.',
    probes: [
      ['Did anyone else live with you?', 'My grandmother stayed with us in the winters. {{laughs}} She took the big room and we all had to squeeze.'],
      ['And did you move house much after that?', 'No, that was it, we stayed in the flat until I left for college.'],
    ],
  },
  {
    n: 2,
    prompt: 'Could you describe your relationship with your parents as a young child, starting as far back as you can remember?',
    answer:
      'It was- it was fine, I think. [MOTHER] was busy, [FATHER] was away a lot for work, on the boats. I- I don\'t know, it was normal, er, normal for round there.',
  },
  {
    n: 3,
    prompt: 'I\'d like you to choose five adjectives or words that describe your relationship with your mother in childhood. Take your time.',
    answer: '(pause 6 sec) Okay. Warm. Busy. Um, fair. Funny, she was funny. And, er, distant sometimes.',
    probes: [
      [
        'You said warm. Is there a memory that shows me why you chose warm?',
        'She used to, um, make cocoa when it snowed and we sat by the heater {{sic}} and she told stories about the seaside, about when she was a girl.',
      ],
      ['And busy?', 'She had two jobs, the bakery in the mornings and cleaning at the school (I: right) in the evenings.'],
      ['Fair – can you think of a time?', 'If we argued she always, um, she always heard both sides. Even when it was obviously him. {{laughs}}'],
      ['And distant?', 'She\'d go quiet for days. You\'d come home and she\'d just be in the kitchen, not really there, you know.'],
    ],
  },
  {
    n: 4,
    prompt: 'Now the same for your father: five words for your relationship with him in childhood.',
    answer: 'Strict. Absent, mostly. Um. Clever. Loud. I can\'t think of a fifth (I: that\'s fine).',
    probes: [
      ['Strict – can you remember a time?', 'If we were late for tea, he\'d- we had to stand in the hall. [00:12:40] It wasn\'t anything terrible.'],
      ['And clever?', 'He fixed everything. Radios, the car, my bike. He didn\'t explain, but he fixed it.'],
    ],
  },
  {
    n: 5,
    prompt: 'Which parent did you feel closer to, and why?',
    answer: 'My mum, definitely. He just wasn\'t around enough to be close to, I think.',
  },
  {
    n: 6,
    prompt: 'When you were upset as a child, what would you do?',
    answer: 'Go to my room. Read. Sometimes my grandmother would come up with a biscuit {{laughs}} and just sit.',
    probes: [['Can you remember a time you were hurt, physically?', 'I broke my wrist falling off a bike once. Mum drove me to the hospital, she was, um, she was calm.']],
  },
  {
    n: 7,
    prompt: 'What is the first time you remember being separated from your parents?',
    answer: 'A school trip, I was eight. Three nights at a farm. I was homesick the first night, then it was fine.',
  },
  {
    n: 8,
    prompt: 'Did you ever feel rejected as a young child, even if now you might not think it was really rejection?',
    answer: 'Not rejected. Maybe overlooked, when [SIBLING_1] was ill and everything was about him for a while.',
  },
  {
    n: 9,
    prompt: 'Were your parents ever threatening with you in any way, maybe for discipline, or even jokingly?',
    answer: 'No. Raised voices, that\'s all. Doors slammed.',
  },
  {
    n: 10,
    prompt: 'In general, how do you think your overall experiences with your parents have affected your adult personality?',
    answer: 'I\'m independent, I suppose. I don\'t like to ask for help, which is... (pause 6 sec) which is probably from then.',
  },
  {
    n: 11,
    prompt: 'Why do you think your parents behaved as they did during your childhood?',
    answer: 'Dad had a hard time growing up himself, from what I heard. Mum was tired. She was always tired.',
  },
  {
    n: 12,
    prompt: 'Were there any other adults you were close to, like parents, as a child?',
    answer: 'My grandmother. And a teacher, Mrs Pebblewick, who ran the chess club on Thursdays.',
  },
  {
    n: 13,
    prompt: 'Did you experience the loss of a parent or other close loved one while you were a young child?',
    answer: 'My grandmother died when I was eleven. [inaudible 00:31:12] it was in the spring.',
    probes: [
      ['Could you tell me about the circumstances?', 'She was ill for a while. We visited, and then one morning Mum said she\'d gone. I- I didn\'t go to the funeral, they thought I was too young.'],
      ['How did you respond at the time?', 'I was quiet. I kept her scarf. (pause 6 sec) I still have it, actually.'],
    ],
  },
  {
    n: 14,
    prompt: 'Other than what we have talked about, have you had any other experiences you would regard as potentially traumatic?',
    answer: 'Not really, no. Nothing like that.',
  },
  {
    n: 15,
    prompt: 'Were there many changes in your relationship with your parents between childhood and adulthood?',
    answer: 'With Dad, yes, we talk now. More than we did. {{laughs}} Football, mainly.',
  },
  {
    n: 16,
    prompt: 'What is your relationship with your parents like for you now, as an adult?',
    answer: 'Good. I ring Mum every Sunday, and Dad sometimes picks up.',
  },
  {
    n: 17,
    prompt: 'How do you respond now, in terms of feelings, when you separate from your child?',
    answer: 'I worry a bit. Normal worry, I think, um, like whether she has eaten.',
  },
  {
    n: 18,
    prompt: 'If you had three wishes for your child twenty years from now, what would they be?',
    answer: 'That she\'s happy. That she has good friends. And, er, that she calls me {{laughs}}.',
  },
  {
    n: 19,
    prompt: 'Is there any particular thing you feel you learned above all from your own childhood experiences?',
    answer: 'That you can get through things. And to say things out loud, which we didn\'t.',
  },
  {
    n: 20,
    prompt: 'What would you hope your child might learn from her experiences of being parented by you?',
    answer: 'That she can always come to me. Whatever it is. [01:02:15]',
  },
];

function mini(): Builder {
  const b = new Builder().header('SYN-0001', { Transcriber: 'TR-1' });
  b.i('Thank you for coming in. As I said, there are about twenty questions, and some of them are repeated with different wording.', '[00:00:04] ');
  b.r('Okay. Sure, er, that\'s fine.');
  for (const block of MINI) b.block(block);
  b.i('Thank you, that is the end of the interview.');
  b.r('Thanks.');
  return b;
}

// ---------------------------------------------------------------------------------------------
// Short variants sharing the mini content

function variant(id: string, labels: Labels, blocks: Block[], extraHeader: Record<string, string> = {}): Builder {
  const b = new Builder(labels).header(id, extraHeader);
  for (const block of blocks) b.block(block);
  return b;
}

function withBlock(n: number, change: Partial<Block>): Block[] {
  return MINI.map((b) => (b.n === n ? { ...b, ...change } : b));
}

function parentAbsent(): Builder {
  const blocks = withBlock(4, {
    prompt: 'Now the same for your father: five words for your relationship with him in childhood.',
    answer:
      'I can\'t really. I never knew my father, he left before I was born (I: okay). There\'s nothing to describe.',
    probes: [['Was there anyone in that role for you?', 'Not really. My uncle came at Christmas. That was it.']],
  })
    .map((b) => (b.n === 5 ? { ...b, answer: 'My mother, there was only her. {{pause}} Well. Yes.' } : b))
    .map((b) => (b.n === 2 ? { ...b, answer: 'It was just me and [MOTHER]. She was- we were a team, I suppose, the two of us.' } : b));
  return variant('SYN-0004', { interviewer: 'I', respondent: 'R' }, blocks);
}

function severalLosses(): Builder {
  return variant(
    'SYN-0005',
    { interviewer: 'I', respondent: 'R' },
    withBlock(13, {
      answer: 'Yes, a few. My grandfather when I was six, my uncle [UNCLE_1] when I was twelve, and a friend from school, [FRIEND_1], when we were nineteen.',
      probes: [
        ['Could you tell me about your grandfather first?', 'He had a heart attack in the garden. I saw the ambulance. (pause 6 sec) I didn\'t understand it then.'],
        ['And your uncle?', 'A car accident. Mum went very quiet for a long time after that, months.'],
        ['And your friend?', 'That one was- that one was the hardest. {{crying}} Sorry. It was very sudden.'],
      ],
    }),
  );
}

function noLoss(): Builder {
  return variant(
    'SYN-0006',
    { interviewer: 'I', respondent: 'R' },
    withBlock(13, {
      answer: 'No. Nobody close to me has died, not yet. All four grandparents are still alive, which people find surprising.',
      probes: [['Not even a pet, or someone a little less close?', 'A hamster. {{laughs}} I don\'t think that counts.']],
    }),
  );
}

function skippedQuestion(): Builder {
  // Question 9 is skipped (the interviewer ran short of time), so numbering jumps 8 → 10.
  return variant('SYN-0007', { interviewer: 'I', respondent: 'R' }, MINI.filter((b) => b.n !== 9));
}

function nonAscii(): Builder {
  const b = new Builder().header('SYN-0009', { Language: 'English with non-ASCII names' });
  b.q(1, 'Could you tell me a little about your family – who was at home?');
  b.r('My mother, my stepfather Łukasz, and my half-sister Zoë. We lived above a café — a tiny one — in [TOWN_A].');
  b.q(2, 'How would you describe your relationship with your parents as a young child?');
  b.r('“Close,” I’d say. Mum called me her ‘little helper’. Łukasz was… naïve, maybe, but kind – really kind.');
  b.q(3, 'Five words for your relationship with your mother?');
  b.r('Warm, loud, chaotic, safe — and, um, “exhausting”. {{laughs}} Zoë would say the same.');
  b.i('Can you give me a memory for “safe”?');
  b.r('When the power went out she lit candles and told us Søren’s ghost stories — Søren was the dog.');
  return b;
}

function overlap(): Builder {
  const b = new Builder().header('SYN-0011');
  b.q(6, 'When you were upset as a child, what would you do?');
  b.r('I\'d go to the lake and- [overlapping speech]');
  b.i('-the one near the school-');
  b.r('-yes, near the school, and I\'d // sit on the wall.');
  b.i('// on your own?');
  b.r('On my own. (I: mm) [crosstalk] Sorry, go on.');
  b.i('No, you go on.');
  b.r('Well, (I: yeah) my mum would come eventually. {{both speaking}} She always knew where.');
  return b;
}

const FILLERS = ['um,', 'er,', 'you know,', 'like,', 'I mean,', 'sort of,', 'kind of'];
const FRAGMENTS = [
  'we used to walk down to the harbour on Sundays',
  'she would hum while she was ironing',
  'he was always fixing something in the shed',
  'the kitchen smelled of bread in the mornings',
  'I remember the green curtains in the front room',
  'there was a lot of waiting for the bus',
  'my brother and I shared a bunk bed until I was ten',
  'we didn\'t really talk about feelings in our house',
  'on birthdays there was always a cake from the bakery',
  'the winters were long and the flat was cold',
  'she taught me to swim at the old baths',
  'he came home late and we could hear him on the stairs',
  'I was the one who kept everyone laughing',
  'school was fine, I was quiet there',
  'my grandmother let me stay up to watch the quiz shows',
  'it felt like everyone was busy all the time',
  'I don\'t remember much from before I was six',
  'we had a dog called Biscuit for a few years',
  'the neighbours had a piano and I used to listen through the wall',
  'holidays were a caravan by the sea, the same one every year',
];
const MARKS = ['{{laughs}}', '(pause 6 sec)', '{{sic}}', '(I: mm-hm)', '(I: right)', '[pause 25 sec]', '{{sighs}}'];
const PROBES = [
  'Can you tell me more about that?',
  'Is there a particular memory that comes to mind?',
  'How old were you then, roughly?',
  'And how did you feel at the time?',
  'What happened next?',
  'Can you think of another example?',
  'You mentioned that earlier – could you say a bit more?',
];

/** One invented respondent sentence; `state.last` avoids saying the same fragment twice in a row. */
function sentence(rand: () => number, state: { last: string }): string {
  let s = pick(rand, FRAGMENTS);
  while (s === state.last) s = pick(rand, FRAGMENTS);
  state.last = s;
  if (rand() < 0.15) {
    const w = s.split(' ')[0]!;
    s = `${w}- ${s}`; // false start: "we- we used to"
  }
  if (rand() < 0.35) s = `${pick(rand, FILLERS)} ${s}`;
  if (rand() < 0.25) s += ` ${pick(rand, MARKS)}`;
  return s.charAt(0).toUpperCase() + s.slice(1) + pick(rand, ['.', '.', '.', '...']);
}

function timestamp(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `[${[h, m, s].map((x) => String(x).padStart(2, '0')).join(':')}]`;
}

/** A long interview from templates: all MINI prompts, many probes, answers of random sentences. */
function generated(id: string, seed: number, targetWords: number, sentencesPerAnswer: [number, number]): Builder {
  const rand = mulberry32(seed);
  const state = { last: '' };
  const b = new Builder().header(id, { Note: 'generated from templates' });
  let seconds = 5;
  const perQuestion = targetWords / MINI.length;
  for (const block of MINI) {
    b.q(block.n!, block.prompt);
    let qWords = plainWordCount(block.prompt);
    let first = true;
    while (qWords < perQuestion) {
      if (!first) {
        const probe = pick(rand, PROBES);
        b.i(probe);
        qWords += plainWordCount(probe);
      }
      first = false;
      const n = sentencesPerAnswer[0] + Math.floor(rand() * (sentencesPerAnswer[1] - sentencesPerAnswer[0] + 1));
      const parts: string[] = [];
      for (let k = 0; k < n; k++) parts.push(sentence(rand, state));
      seconds += 20 + Math.floor(rand() * 90);
      if (rand() < 0.3) parts.push(timestamp(seconds));
      const answer = parts.join(' ');
      b.r(answer);
      qWords += plainWordCount(answer);
    }
  }
  return b;
}

function longTurn(): Builder {
  const rand = mulberry32(12);
  const state = { last: '' };
  const b = new Builder().header('SYN-0012');
  b.q(3, 'Could you choose five words that describe your relationship with your mother in childhood?');
  const parts: string[] = [];
  while (plainWordCount(parts.join(' ')) < 3000) parts.push(sentence(rand, state));
  b.r(parts.join(' ')); // one turn, one line, about 3,000 words
  b.i('Thank you. And five words for your father?');
  const lines: string[] = [];
  for (let k = 0; k < 60; k++) lines.push(sentence(rand, state));
  b.r(lines.join('\n')); // one turn over 60 lines
  b.q(5, 'Which parent did you feel closer to?');
  b.r('Mum.');
  return b;
}

function crlf(): Builder {
  return variant('SYN-0008', { interviewer: 'I', respondent: 'R' }, MINI.slice(0, 6));
}

function intSubj(): Builder {
  return variant('SYN-0002', { interviewer: 'INT', respondent: 'SUBJ' }, MINI.slice(0, 8));
}

function interviewerRespondent(): Builder {
  return variant('SYN-0003', { interviewer: 'Interviewer', respondent: 'Respondent' }, MINI.slice(0, 8));
}

/** Word-export artefacts: NBSP, soft hyphens, zero-width spaces, tabs after labels, trailing spaces, blank runs. */
function wordArtefactsText(): { text: string; turns: number; questions: number[] } {
  const text = [
    'SYNTHETIC – NOT REAL DATA',
    'Participant:\u00A0SYN-0010',
    'Date: 2026-03-02  ',
    '',
    '',
    '',
    'I:\t1. Could you tell me about your family when you were small?',
    'R:\tThere was my mother, my father and me. We lived in [TOWN_A]\u00A0– a small place.   ',
    'I:\t2. How would you describe your relationship with your parents?',
    'R:\tIt was “good”, I’d say. Mar\u00ADgaret\u00A0– that’s [MOTHER] – was always\u200B around.',
    '',
    '',
    'I:\u00A03. Five words for your mother?',
    'R:\u00A0Kind.\tPatient.\tBusy.\u00A0{{laughs}} That’s three.',
    '',
  ].join('\n');
  return { text, turns: 6, questions: [1, 2, 3] };
}

// ---------------------------------------------------------------------------------------------
// Encodings

const CP1252_EXTRA: Record<string, number> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89,
  'Š': 0x8a, '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95,
  '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};

function encodeCp1252(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) out.push(code);
    else if (CP1252_EXTRA[ch] !== undefined) out.push(CP1252_EXTRA[ch]);
    else throw new Error(`not encodable in Windows-1252: ${ch}`);
  }
  return Uint8Array.from(out);
}

function encodeUtf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = bigEndian ? 0xfe : 0xff;
  out[1] = bigEndian ? 0xff : 0xfe;
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    out[2 + i * 2] = bigEndian ? u >> 8 : u & 0xff;
    out[3 + i * 2] = bigEndian ? u & 0xff : u >> 8;
  }
  return out;
}

const utf8 = (s: string) => new TextEncoder().encode(s);

function cp1252Transcript(): Builder {
  const b = new Builder().header('SYN-0017', { Encoding: 'Windows-1252' });
  b.q(1, 'Could you tell me about your family – who lived at home?');
  b.r('Me, my mother and my stepfather José. We lived above a café in [TOWN_A] — “the yellow house”, everyone called it.');
  b.q(2, 'How would you describe your relationship with your parents as a young child?');
  b.r('Naïve question, that… {{laughs}} No, sorry. It was good. Noël, my uncle, says I was spoilt – 100 %.');
  return b;
}

// ---------------------------------------------------------------------------------------------
// Zipped formats (docx, odt) and RTF

const ZIP_DATE = new Date(Date.UTC(2026, 0, 1, 0, 0, 0));

async function zip(files: [string, string, boolean?][]): Promise<Uint8Array> {
  const z = new JSZip();
  for (const [name, content, store] of files)
    z.file(name, content, { date: ZIP_DATE, compression: store ? 'STORE' : 'DEFLATE', createFolders: false });
  return z.generateAsync({ type: 'uint8array', compression: 'DEFLATE', platform: 'DOS' });
}

function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** docx paragraph runs: interviewer text bold, a tab after the label (Word hanging indent). */
function docxParagraph(b: Builder, e: Entry): string {
  if (e.kind === 'blank') return '<w:p/>';
  if (e.kind === 'line') return `<w:p><w:r><w:t xml:space="preserve">${xmlEscape(e.text)}</w:t></w:r></w:p>`;
  const bold = e.role === 'interviewer' ? '<w:rPr><w:b/></w:rPr>' : '';
  const label = `<w:r>${bold}<w:t>${xmlEscape(b.labelFor(e.role!))}:</w:t></w:r><w:r>${bold}<w:tab/></w:r>`;
  // A manual line break inside long respondent turns, to check <w:br/> handling.
  const pieces = e.text.split(' // ');
  const body = pieces
    .map((p, k) => `${k > 0 ? `<w:r>${bold}<w:br/></w:r>` : ''}<w:r>${bold}<w:t xml:space="preserve">${xmlEscape(p)}</w:t></w:r>`)
    .join('');
  return `<w:p>${label}${body}</w:p>`;
}

async function docx(b: Builder, extraParagraphs: string[] = []): Promise<Uint8Array> {
  const body = [...b.entries.map((e) => docxParagraph(b, e)), ...extraParagraphs].join('');
  const document =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    `<w:body>${body}<w:sectPr/></w:body></w:document>`;
  return zip([
    [
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        '</Types>',
    ],
    [
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
        '</Relationships>',
    ],
    [
      'word/_rels/document.xml.rels',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>',
    ],
    ['word/document.xml', document],
  ]);
}

function docxTranscript(): Builder {
  const b = new Builder().header('SYN-0018', { Format: 'docx' });
  for (const block of MINI.slice(0, 5)) b.block(block);
  // Word artefacts inside a docx: NBSP, a manual line break (" // " becomes <w:br/>), smart quotes.
  b.r('It was “fine”, I\u00A0suppose. // That’s all I can say about it.');
  return b;
}

/** Extra docx paragraph exercising Word's special characters: soft hyphen and non-breaking hyphen. */
const DOCX_SPECIAL_PARAGRAPH =
  '<w:p><w:r><w:t>I:</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t xml:space="preserve">6. When you were up</w:t></w:r>' +
  '<w:r><w:softHyphen/></w:r><w:r><w:t xml:space="preserve">set as a child, what would you do? Ask Mary</w:t></w:r>' +
  '<w:r><w:noBreakHyphen/></w:r><w:r><w:t xml:space="preserve">Ann.</w:t></w:r></w:p>' +
  '<w:p><w:r><w:t xml:space="preserve">R: Go to my room.</w:t></w:r></w:p>';

function odtParagraph(b: Builder, e: Entry): string {
  if (e.kind === 'blank') return '<text:p/>';
  if (e.kind === 'line') return `<text:p>${xmlEscape(e.text)}</text:p>`;
  const style = e.role === 'interviewer' ? ' text:style-name="Bold"' : '';
  const text = xmlEscape(e.text).replace(/ {2}/g, ' <text:s/>');
  return `<text:p><text:span${style}>${xmlEscape(b.labelFor(e.role!))}:<text:tab/>${text}</text:span></text:p>`;
}

async function odt(b: Builder, extra: string): Promise<Uint8Array> {
  const body = b.entries.map((e) => odtParagraph(b, e)).join('\n') + extra;
  const content =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ' +
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3">\n' +
    '<office:automatic-styles><style:style style:name="Bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style></office:automatic-styles>\n' +
    `<office:body><office:text>\n${body}\n</office:text></office:body></office:document-content>`;
  return zip([
    ['mimetype', 'application/vnd.oasis.opendocument.text', true],
    [
      'META-INF/manifest.xml',
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">' +
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>' +
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>' +
        '</manifest:manifest>',
    ],
    ['content.xml', content],
  ]);
}

function odtTranscript(): Builder {
  const b = new Builder().header('SYN-0019', { Format: 'odt' });
  for (const block of MINI.slice(0, 4)) b.block(block);
  b.r('Zoë and Łukasz — both “family”, really.  Two spaces before this.');
  return b;
}

/** Things ODT writers produce that are not plain paragraphs: a heading, a list, a line break, a note, a comment. */
const ODT_EXTRA =
  '\n<text:h text:outline-level="2">Section 5</text:h>' +
  '\n<text:list><text:list-item><text:p>I: 5. Which parent did you feel closer to?</text:p></text:list-item></text:list>' +
  '\n<text:p>R: Mum.<text:line-break/>Definitely Mum.<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation>' +
  '<text:note-body><text:p>FOOTNOTE TEXT</text:p></text:note-body></text:note>' +
  '<office:annotation><text:p>COMMENT TEXT</text:p></office:annotation></text:p>';

function rtfEscape(s: string): string {
  let out = '';
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (ch === '\\' || ch === '{' || ch === '}') out += `\\${ch}`;
    else if (ch === '\n') out += '\\line ';
    else if (code < 0x80) out += ch;
    else if (code <= 0xff) out += `\\'${code.toString(16).padStart(2, '0')}`;
    else if (CP1252_EXTRA[ch] !== undefined) out += `\\'${CP1252_EXTRA[ch].toString(16)}`;
    else if (code <= 0xffff) out += `\\u${code > 0x7fff ? code - 0x10000 : code}?`;
    else {
      const hi = 0xd800 + ((code - 0x10000) >> 10);
      const lo = 0xdc00 + ((code - 0x10000) & 0x3ff);
      out += `\\u${hi - 0x10000}?\\u${lo - 0x10000}?`;
    }
  }
  return out;
}

function rtf(b: Builder): Uint8Array {
  const paras = b.entries.map((e) => {
    if (e.kind !== 'turn') return `\\pard ${rtfEscape(e.text)}\\par`;
    const label = `${b.labelFor(e.role!)}:`;
    return e.role === 'interviewer'
      ? `\\pard {\\b ${rtfEscape(label)}\\tab ${rtfEscape(e.text)}}\\par`
      : `\\pard ${rtfEscape(label)}\\tab ${rtfEscape(e.text)}\\par`;
  });
  const doc =
    '{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat' +
    '{\\fonttbl{\\f0\\fnil\\fcharset0 Calibri;}{\\f1\\fswiss Arial;}}\r\n' +
    '{\\colortbl ;\\red0\\green0\\blue255;}\r\n' +
    '{\\*\\generator Synthetic fixture writer;}{\\info{\\title SECRET TITLE}{\\author NOBODY}}\r\n' +
    '\\viewkind4\\uc1\\pard\\sa200\\sl276\\slmult1\\f0\\fs22\\lang9\r\n' +
    paras.join('\r\n') +
    '\r\n{\\*\\bkmkstart q6}{\\pict\\wmetafile8 0a0b0c0d}\\pard Done\\~now\\emdash ok\\par\r\n}';
  return utf8(doc);
}

function rtfTranscript(): Builder {
  const b = new Builder().header('SYN-0020', { Format: 'rtf' });
  for (const block of MINI.slice(0, 3)) b.block(block);
  b.r('Zoë and Łukasz — “family”, naïvely. Braces {like this} and a backslash \\ too. 👍');
  return b;
}

// ---------------------------------------------------------------------------------------------
// Bad files

const PDF_BYTES =
  '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n' +
  '2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n' +
  '3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>\nendobj\n' +
  '4 0 obj\n<< /Length 44 >>\nstream\nBT /F1 12 Tf 72 720 Td (SYNTHETIC) Tj ET\nendstream\nendobj\n' +
  'xref\n0 5\n0000000000 65535 f \ntrailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n0\n%%EOF\n';

function latin1Bytes(s: string): Uint8Array {
  return Uint8Array.from([...s].map((c) => c.charCodeAt(0) & 0xff));
}

function randomBytes(seed: number, n: number): Uint8Array {
  const rand = mulberry32(seed);
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = Math.floor(rand() * 256);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Manifest

export interface FixtureExpectation {
  /** Number of speaker turns the generator wrote. */
  turns: number;
  /** Question numbers the generator wrote, in order. */
  questions: number[];
  wordsMin?: number;
  wordsMax?: number;
  /** Roles of the first two turns' labels, e.g. ["INT", "SUBJ"]. */
  labels: [string, string];
  /** Strings that must appear in the normalised text. */
  contains: string[];
  /** Strings that must NOT appear in the normalised text (e.g. RTF metadata, ODT comments). */
  notContains?: string[];
  participantCode: string;
}

export interface FixtureEntry {
  file: string;
  description: string;
  /** The real format (for good files); absent for bad files. */
  format?: 'txt' | 'docx' | 'odt' | 'rtf';
  encoding?: string;
  expect?: FixtureExpectation;
  /** For bad files: a phrase the error message must contain. */
  error?: string;
}

function expectation(
  b: Builder,
  participantCode: string,
  extra: Partial<FixtureExpectation> = {},
): FixtureExpectation {
  return {
    turns: b.turns,
    questions: b.questions,
    labels: [b.labels.interviewer, b.labels.respondent],
    contains: [],
    participantCode,
    ...extra,
  };
}

export async function buildFixtures(): Promise<{ files: Map<string, Uint8Array>; manifest: FixtureEntry[] }> {
  const files = new Map<string, Uint8Array>();
  const manifest: FixtureEntry[] = [];
  const add = (entry: FixtureEntry, bytes: Uint8Array) => {
    files.set(entry.file, bytes);
    manifest.push(entry);
  };

  const m = mini();
  add(
    {
      file: 'syn-0001-mini.txt',
      description: 'Mini I:/R: interview, 20 numbered questions, interjections, {{sic}}, {{laughs}}, pauses, [inaudible], timestamps',
      format: 'txt',
      encoding: 'utf-8',
      expect: expectation(m, 'SYN-0001', {
        wordsMin: 800,
        wordsMax: 1500,
        contains: ['{{sic}}', '(pause 6 sec)', '[inaudible 00:31:12]', '[00:12:40]', '(I: mm-hm)', 'I- I don'],
      }),
    },
    utf8(m.text()),
  );
  const is = intSubj();
  add(
    { file: 'syn-0002-int-subj.txt', description: 'INT:/SUBJ: labels', format: 'txt', encoding: 'utf-8', expect: expectation(is, 'SYN-0002') },
    utf8(is.text()),
  );
  const ir = interviewerRespondent();
  add(
    {
      file: 'syn-0003-interviewer-respondent.txt',
      description: 'Interviewer:/Respondent: labels, with an "Interviewer: INT-A" header line that is not a turn',
      format: 'txt',
      encoding: 'utf-8',
      expect: expectation(ir, 'SYN-0003'),
    },
    utf8(ir.text()),
  );
  const pa = parentAbsent();
  add(
    { file: 'syn-0004-parent-absent.txt', description: 'Father absent: no adjectives for him', format: 'txt', encoding: 'utf-8', expect: expectation(pa, 'SYN-0004', { contains: ['I never knew my father'] }) },
    utf8(pa.text()),
  );
  const sl = severalLosses();
  add(
    { file: 'syn-0005-several-losses.txt', description: 'Several losses (grandfather, uncle, friend)', format: 'txt', encoding: 'utf-8', expect: expectation(sl, 'SYN-0005', { contains: ['[UNCLE_1]', '{{crying}}'] }) },
    utf8(sl.text()),
  );
  const nl = noLoss();
  add(
    { file: 'syn-0006-no-loss.txt', description: 'No losses: unresolved scales not applicable', format: 'txt', encoding: 'utf-8', expect: expectation(nl, 'SYN-0006', { contains: ['Nobody close to me has died'] }) },
    utf8(nl.text()),
  );
  const sk = skippedQuestion();
  add(
    { file: 'syn-0007-skipped-question.txt', description: 'Question 9 skipped: numbering jumps from 8 to 10', format: 'txt', encoding: 'utf-8', expect: expectation(sk, 'SYN-0007') },
    utf8(sk.text()),
  );
  const cr = crlf();
  add(
    { file: 'syn-0008-crlf.txt', description: 'CRLF line ends', format: 'txt', encoding: 'utf-8', expect: expectation(cr, 'SYN-0008', { notContains: ['\r'] }) },
    utf8(cr.text('\r\n')),
  );
  const na = nonAscii();
  add(
    {
      file: 'syn-0009-non-ascii.txt',
      description: 'Non-ASCII: Zoë, Łukasz, em dashes, smart quotes, ellipsis',
      format: 'txt',
      encoding: 'utf-8',
      expect: expectation(na, 'SYN-0009', { contains: ['Zoë', 'Łukasz', '—', '“Close,”', '’', 'Søren'] }),
    },
    utf8(na.text()),
  );
  const wa = wordArtefactsText();
  add(
    {
      file: 'syn-0010-word-artefacts.txt',
      description: 'Word-export artefacts: NBSP, soft hyphen, zero-width space, tabs after labels, trailing spaces, blank-line runs',
      format: 'txt',
      encoding: 'utf-8',
      expect: {
        turns: wa.turns,
        questions: wa.questions,
        labels: ['I', 'R'],
        contains: ['Margaret – that’s [MOTHER] – was always around.', 'R: Kind. Patient. Busy. {{laughs}}'],
        notContains: ['\u00A0', '\u00AD', '\u200B', '\t', '\n\n\n'],
        participantCode: 'SYN-0010',
      },
    },
    utf8(wa.text),
  );
  const ov = overlap();
  add(
    { file: 'syn-0011-overlap.txt', description: 'Overlapping speech: [overlapping speech], [crosstalk], //, dash continuations', format: 'txt', encoding: 'utf-8', expect: expectation(ov, 'SYN-0011', { contains: ['[overlapping speech]', '[crosstalk]'] }) },
    utf8(ov.text()),
  );
  const lt = longTurn();
  add(
    { file: 'syn-0012-long-turn.txt', description: 'A ~3,000-word single-line turn and a 60-line turn', format: 'txt', encoding: 'utf-8', expect: expectation(lt, 'SYN-0012') },
    utf8(lt.text()),
  );
  const re = generated('SYN-0013', 13, 8000, [2, 7]);
  add(
    {
      file: 'syn-0013-realistic.txt',
      description: 'Realistic length (6,000–12,000 words), generated from templates',
      format: 'txt',
      encoding: 'utf-8',
      expect: expectation(re, 'SYN-0013', { wordsMin: 6000, wordsMax: 12000 }),
    },
    utf8(re.text()),
  );
  const st = generated('SYN-0014', 14, 40000, [8, 30]);
  add(
    {
      file: 'syn-0014-stress.txt',
      description: 'Stress fixture (~40,000 words), generated from templates',
      format: 'txt',
      encoding: 'utf-8',
      expect: expectation(st, 'SYN-0014', { wordsMin: 36000, wordsMax: 46000 }),
    },
    utf8(st.text()),
  );

  const u16 = nonAscii();
  u16.entries[1] = { kind: 'line', text: 'Participant: SYN-0015' };
  add(
    { file: 'syn-0015-utf16le.txt', description: 'UTF-16 little-endian with BOM, CRLF', format: 'txt', encoding: 'utf-16le', expect: expectation(u16, 'SYN-0015', { contains: ['Zoë', 'Łukasz', '—'] }) },
    encodeUtf16(u16.text('\r\n'), false),
  );
  const u16be = nonAscii();
  u16be.entries[1] = { kind: 'line', text: 'Participant: SYN-0016' };
  add(
    { file: 'syn-0016-utf16be.txt', description: 'UTF-16 big-endian with BOM', format: 'txt', encoding: 'utf-16be', expect: expectation(u16be, 'SYN-0016', { contains: ['Zoë', 'Łukasz', '“Close,”'] }) },
    encodeUtf16(u16be.text(), true),
  );
  const cp = cp1252Transcript();
  add(
    {
      file: 'syn-0017-cp1252.txt',
      description: 'Windows-1252 (not valid UTF-8): é, ï, smart quotes, en and em dashes, ellipsis, CRLF',
      format: 'txt',
      encoding: 'windows-1252',
      expect: expectation(cp, 'SYN-0017', { contains: ['José', 'café', '“the yellow house”', 'Naïve', '—', '–', 'Noël', '…'] }),
    },
    encodeCp1252(cp.text('\r\n')),
  );

  const dx = docxTranscript();
  const docxBytes = await docx(dx, [DOCX_SPECIAL_PARAGRAPH]);
  add(
    {
      file: 'syn-0018-mini.docx',
      description: 'Word document: bold interviewer runs, tabs after labels, numbered questions, NBSP, manual line break, soft and non-breaking hyphens',
      format: 'docx',
      expect: {
        ...expectation(dx, 'SYN-0018', {
          contains: ['I: 1. To start', 'It was “fine”, I suppose.\nThat’s all', '6. When you were upset as a child', 'Mary-Ann'],
          notContains: ['\u00AD', '\t', '\u00A0'],
        }),
        turns: dx.turns + 2,
        questions: [...dx.questions, 6],
      },
    },
    docxBytes,
  );
  const od = odtTranscript();
  add(
    {
      file: 'syn-0019-mini.odt',
      description: 'OpenDocument text: spans, tabs, <text:s/>, a heading, a list, a line break, a footnote and a comment (both dropped)',
      format: 'odt',
      expect: {
        ...expectation(od, 'SYN-0019', {
          contains: ['Zoë and Łukasz', 'both “family”, really.  Two spaces', 'Section 5', 'R: Mum.\nDefinitely Mum.'],
          notContains: ['FOOTNOTE TEXT', 'COMMENT TEXT'],
        }),
        turns: od.turns + 2,
        questions: [...od.questions, 5],
      },
    },
    await odt(od, ODT_EXTRA),
  );
  const rt = rtfTranscript();
  add(
    {
      file: 'syn-0020-mini.rtf',
      description: 'RTF: font and colour tables, info group, \\\'hh and \\uN escapes, bold groups, \\tab, \\par, a picture',
      format: 'rtf',
      expect: expectation(rt, 'SYN-0020', {
        contains: ['Zoë and Łukasz — “family”, naïvely. Braces {like this} and a backslash \\ too. 👍', 'Done now—ok'],
        notContains: ['SECRET TITLE', 'NOBODY', 'Calibri', 'Synthetic fixture writer', '0a0b0c0d'],
      }),
    },
    rtf(rt),
  );

  add({ file: 'bad/empty.txt', description: 'Empty file', error: 'is empty' }, new Uint8Array(0));
  add(
    { file: 'bad/whitespace-only.txt', description: 'Only spaces and newlines', error: 'contains no text' },
    utf8(' \n\t\r\n  \n'),
  );
  add({ file: 'bad/binary.txt', description: 'Random bytes (seeded)', error: 'binary' }, randomBytes(4, 4096));
  add({ file: 'bad/pdf-named.docx', description: 'A PDF named .docx', error: 'this is a PDF file, not a Word document' }, latin1Bytes(PDF_BYTES));
  add(
    { file: 'bad/corrupt.docx', description: 'A truncated docx (zip without central directory)', error: 'damaged' },
    docxBytes.slice(0, Math.floor(docxBytes.length / 2)),
  );
  add(
    { file: 'bad/spreadsheet-named.docx', description: 'A zip that is not a Word document (spreadsheet parts)', error: 'spreadsheet' },
    await zip([
      [
        '[Content_Types].xml',
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
      ],
      ['xl/workbook.xml', '<workbook/>'],
    ]),
  );
  add(
    { file: 'bad/legacy-word.doc', description: 'An old binary Word file header (OLE2)', error: 'old-style Word' },
    Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...randomBytes(5, 504)]),
  );

  files.set('manifest.json', utf8(`${JSON.stringify(manifest, null, 2)}\n`));
  return { files, manifest };
}

async function main(): Promise<void> {
  const { files } = await buildFixtures();
  for (const [name, bytes] of files) {
    const path = join(FIXTURE_DIR, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
  }
  console.log(`wrote ${files.size} files to ${FIXTURE_DIR}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
