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
import { countWords, normalizeTranscriptText } from '../shared/transcript/normalize.ts';

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

// ---------------------------------------------------------------------------------------------
// Prototype transcripts (SYN-0201..0204): test oracles for F3, Ds1, E2 and U/F (brief §7)
//
// Each is a realistic-length interview (6,000–9,000 words) with a sidecar of expected tags, intended
// scale ranges and an intended classification. These are TEST ORACLES ONLY, not validated codings: they
// were scripted by an engineer from the public secondary sources in the domain brief, not coded by a
// certified coder.
//
// The passages that carry a prototype's features are hand-written per prototype and question. Bulk
// comes from further hand-written exchanges per question, of which a seeded PRNG keeps some; the
// prompt wording is picked from paraphrases of each question the same way.
//
// Tags are written inline in the prose as ⟦code|quote⟧ (or ⟦code@event|quote⟧ for unresolved
// indicators). The markers are stripped when the text is built; the generator then FINDS each quote
// in the text as the importer stores it (normalised) and writes its offsets. A quote must occur exactly
// once, so no offset is ever counted by hand.

export const PROTOTYPE_DIR = resolve(FIXTURE_DIR, '..', 'prototypes');

type Exchange = [probe: string, answer: string];

interface ProtoQuestion {
  n: number;
  /** The first answer to the question prompt. */
  answer: string;
  /** Follow-up probes asked every time, in order. */
  probes?: Exchange[];
  /** Further exchanges; the PRNG keeps each with probability KEEP_EXTRA (order kept). */
  extras?: Exchange[];
}

export interface PrototypeEvent {
  id: string;
  kind: 'loss' | 'trauma';
  who: string;
  speakerAge: string;
}

export interface PrototypeTag {
  code: string;
  start: number;
  end: number;
  quote: string;
  event?: string;
}

/** The sidecar written beside each prototype (validated by a zod schema in electron/services/prototypes.test.ts). */
export interface PrototypeSidecar {
  id: string;
  file: string;
  note: string;
  codebook: string;
  intendedClassification: { primary: string; subtype: string | null; alternative?: string };
  /** "<scale id>|<target>" → [min, max], inclusive; targets as in the rating API ("event:<event id>" for events). */
  scales: Record<string, [number, number]>;
  events: PrototypeEvent[];
  tags: PrototypeTag[];
}

interface Prototype {
  id: string;
  slug: string;
  seed: number;
  description: string;
  interviewer: string;
  date: string;
  opening: Exchange;
  questions: ProtoQuestion[];
  closing: Exchange;
  classification: PrototypeSidecar['intendedClassification'];
  scales: PrototypeSidecar['scales'];
  events?: PrototypeEvent[];
  /** Strings the normalised text must contain (checked by the fixture tests). */
  contains: string[];
}

export interface PrototypeEntry extends FixtureEntry {
  /** The sidecar's file name in tests/fixtures/prototypes/. */
  sidecar: string;
  prototype: string;
}

const KEEP_EXTRA = 0.7;
const PROTOTYPE_WORDS: [number, number] = [6000, 9000];
const TAG_MARK = /⟦([\w.]+)(?:@([\w-]+))?\|([^⟦⟧]*)⟧/g;

/** Paraphrased prompts (never the protocol wording), two per question; the PRNG picks one per prototype. */
const PROTO_PROMPTS: Record<number, [string, string]> = {
  1: [
    'To begin with, could you help me get oriented to your family – who was in it, where you lived, whether you moved around?',
    'Could you start by telling me a bit about your family when you were small: who lived at home, and where you grew up?',
  ],
  2: [
    'I\'d like you to describe your relationship with your parents as a young child, going back as early as you can remember.',
    'Thinking as far back as you can, how would you describe your relationship with your parents when you were little?',
  ],
  3: [
    'Now I\'d like you to choose five adjectives, or words, that reflect your relationship with your mother when you were a child – say from five to twelve. Take as long as you need.',
    'Could you give me five words that describe your childhood relationship with your mother, going back as early as you can? I\'ll write them down and then ask about each one.',
  ],
  4: [
    'Now the same for your father: five words or phrases for your relationship with him as a young child.',
    'Let\'s do the same thing for your father – five adjectives for your relationship with him when you were small.',
  ],
  5: [
    'Which parent did you feel closer to as a child, and why? And why isn\'t there that feeling with the other?',
    'Was there one parent you felt closer to growing up? What made that so?',
  ],
  6: [
    'When you were upset as a child, what would you do? Can you think of a particular time?',
    'As a small child, when you were upset – emotionally, or hurt, or ill – what would you do, and what would happen?',
  ],
  7: [
    'What is the first time you can remember being separated from your parents? How did you and they respond?',
    'Can you tell me about the first time you remember being away from your parents, and how it went for you and for them?',
  ],
  8: [
    'Did you ever feel rejected as a young child? Even if, looking back, you might not call it rejection now?',
    'Were there times as a child when you felt rejected, or pushed away, even if you wouldn\'t call it that today?',
  ],
  9: [
    'Were your parents ever threatening with you in any way – for discipline, or even jokingly? Was there anything you\'d call abuse, in your family or outside it?',
    'Some people remember their parents making threats, maybe to keep them in line, or as a joke. Did anything like that happen? And was there anything you would think of as abuse?',
  ],
  10: [
    'In general, how do you think your overall experiences with your parents affected your adult personality? Is there anything you see as a setback to your development?',
    'How do you think your experiences with your parents have affected you as an adult, the kind of person you are now?',
  ],
  11: [
    'Why do you think your parents behaved as they did during your childhood?',
    'Looking back, why do you think your parents acted the way they did when you were growing up?',
  ],
  12: [
    'Were there any other adults you were close to as a child, like parents to you? Or anyone else especially important?',
    'Apart from your parents, were there other adults who were close to you when you were small, almost like parents?',
  ],
  13: [
    'Did you experience the loss of a parent or another close loved one, as a young child or later on?',
    'Have you lost anyone close to you through death – in childhood, or as an adult?',
  ],
  14: [
    'Other than what we have talked about, have you had any other experiences you would regard as potentially traumatic – frightening or overwhelming?',
    'Apart from anything we have already discussed, was there anything else in your life that was especially frightening or overwhelming for you?',
  ],
  15: [
    'Were there many changes in your relationship with your parents between your childhood and your adulthood?',
    'Has your relationship with your parents changed much since you were a child?',
  ],
  16: [
    'What is your relationship with your parents like for you now, as an adult?',
    'And how would you describe your relationship with your parents these days?',
  ],
  17: [
    'How do you respond now, in terms of feelings, when you separate from your child? Do you ever feel worried about your child?',
    'Now about your own child: how do you feel when the two of you are apart? Do you find yourself worrying about them?',
  ],
  18: [
    'If you had three wishes for your child twenty years from now, what would they be?',
    'Imagine your child twenty years from now. If you could make three wishes for them, what would you wish?',
  ],
  19: [
    'Is there any particular thing you feel you learned above all from your own childhood experiences?',
    'Looking back over all of it, is there one thing above all that you feel you learned from your childhood?',
  ],
  20: [
    'And what would you hope your child might learn from their experience of being parented by you?',
    'Last question: what would you hope your child takes away from having been parented by you?',
  ],
};

/** Remove the ⟦code|quote⟧ markers: the plain text and every tag in order of appearance. */
function stripTagMarks(marked: string): { text: string; tags: { code: string; event?: string; quote: string }[] } {
  const tags: { code: string; event?: string; quote: string }[] = [];
  const text = marked.replace(TAG_MARK, (_m, code: string, event: string | undefined, quote: string) => {
    tags.push({ code, ...(event ? { event } : {}), quote });
    return quote;
  });
  if (/[⟦⟧]/.test(text)) throw new Error('a tag marker was left unclosed or nested');
  return { text, tags };
}

function buildPrototype(p: Prototype): { builder: Builder; bytes: Uint8Array; sidecar: PrototypeSidecar; words: number } {
  const rand = mulberry32(p.seed);
  const b = new Builder().header(p.id, { Transcriber: 'TR-2', Note: 'scripted prototype for tests' }, p.interviewer, p.date);
  let words = 0;
  const said = (s: string) => (words += plainWordCount(s));
  b.i(p.opening[0], '[00:00:03] ');
  b.r(p.opening[1]);
  said(p.opening[0] + p.opening[1]);
  for (const q of p.questions) {
    // About 150 spoken words a minute: the clock on each question follows the words before it.
    const prefix = `${timestamp(20 + Math.round((words / 150) * 60))} `;
    const prompt = pick(rand, PROTO_PROMPTS[q.n]!);
    b.entries.push({ kind: 'turn', role: 'interviewer', question: q.n, prefix, text: `${q.n}. ${prompt}` });
    b.r(q.answer);
    said(prompt + ' ' + q.answer);
    const kept = (q.extras ?? []).filter(() => rand() < KEEP_EXTRA);
    for (const [probe, answer] of [...(q.probes ?? []), ...kept]) {
      b.i(probe).r(answer);
      said(`${probe} ${answer}`);
    }
  }
  b.i(p.closing[0]);
  b.r(p.closing[1]);

  const { text: raw, tags: marked } = stripTagMarks(b.text());
  // Offsets index the text as stored after import: decoded, then normalised.
  const stored = normalizeTranscriptText(raw);
  const tags: PrototypeTag[] = marked.map((t) => {
    const start = stored.indexOf(t.quote);
    if (start < 0) throw new Error(`${p.id}: quote not found after normalisation: ${t.quote}`);
    if (stored.indexOf(t.quote, start + 1) >= 0) throw new Error(`${p.id}: quote occurs more than once, make it longer: ${t.quote}`);
    return { code: t.code, start, end: start + t.quote.length, quote: t.quote, ...(t.event ? { event: t.event } : {}) };
  });
  tags.sort((x, y) => x.start - y.start || x.end - y.end);
  const total = countWords(stored);
  if (total < PROTOTYPE_WORDS[0] || total > PROTOTYPE_WORDS[1]) throw new Error(`${p.id}: ${total} words, outside ${PROTOTYPE_WORDS.join('–')}`);
  const sidecar: PrototypeSidecar = {
    id: p.id,
    file: `${p.slug}.txt`,
    note: 'SYNTHETIC test oracle written with the transcript, NOT a validated coding. Offsets are UTF-16 code units, half-open, into the text as stored after import.',
    codebook: 'aai-default@1',
    intendedClassification: p.classification,
    scales: p.scales,
    events: p.events ?? [],
    tags,
  };
  return { builder: b, bytes: utf8(raw), sidecar, words: total };
}

/** The prototypes and their sidecars; written by main() and checked byte for byte by the fixture tests. */
export function buildPrototypes(): { transcripts: Map<string, Uint8Array>; files: Map<string, Uint8Array>; manifest: PrototypeEntry[] } {
  const transcripts = new Map<string, Uint8Array>();
  const files = new Map<string, Uint8Array>();
  const manifest: PrototypeEntry[] = [];
  for (const p of PROTOTYPES) {
    const { builder, bytes, sidecar } = buildPrototype(p);
    const file = `${p.slug}.txt`;
    const sidecarFile = `${p.slug}.expected.json`;
    transcripts.set(file, bytes);
    files.set(sidecarFile, utf8(`${JSON.stringify(sidecar, null, 2)}\n`));
    manifest.push({
      file,
      sidecar: sidecarFile,
      prototype: p.classification.primary === 'U' ? `U/${p.classification.alternative}` : p.classification.subtype!,
      description: p.description,
      format: 'txt',
      encoding: 'utf-8',
      expect: expectation(builder, p.id, { wordsMin: PROTOTYPE_WORDS[0], wordsMax: PROTOTYPE_WORDS[1], contains: p.contains }),
    });
  }
  files.set('manifest.json', utf8(`${JSON.stringify(manifest, null, 2)}\n`));
  return { transcripts, files, manifest };
}

// --- SYN-0201, F3: secure-autonomous, prototypical ------------------------------------------------
// Coherent, balanced and fresh: adjectives backed by specific memories, a difficult father described
// without idealising or anger, metacognitive corrections, humour, collaboration with the interviewer.

const F3: Prototype = {
  id: 'SYN-0201',
  slug: 'syn-0201-f3',
  seed: 201,
  description: 'Prototype F3 (secure-autonomous): coherent, balanced, fresh, collaborative; two resolved losses',
  interviewer: 'INT-C',
  date: '2026-04-14',
  opening: [
    `Thanks for coming in. As I mentioned, I'll be asking you about your childhood and how you see it now. There are about twenty questions and some of them might feel a bit repetitive – that's on purpose. Is it okay if I start the recording?`,
    `Yes, that's fine. I'm a bit nervous, I'll be honest. {{laughs}} But go ahead.`,
  ],
  questions: [
    {
      n: 1,
      answer: `So, there was my mum and my dad, [MOTHER] and [FATHER], and my sister [SIBLING_1], who's three years younger than me. We lived in [TOWN_A] – a terraced house two streets back from the railway line, so you got used to the trains, you stopped hearing them. {{laughs}} Mum was a nurse at the district hospital, she did shifts, nights quite a lot when we were small, and Dad was a mechanic at the bus depot. We stayed in that house the whole of my childhood, actually, until I left for university, so not much moving. My gran, Dad's mum, lived about ten minutes' walk away and she was in and out a lot.`,
      probes: [
        [`Did anyone else live with you at any point?`, `Not for long. My mum's younger brother stayed with us for a few months when I was about ten – he was between jobs, I think, and he slept on the settee. I remember it as fun, because he played cards with us and let us stay up, but I think it was quite a strain for Mum and Dad, money-wise. I only really understood that later, when Mum mentioned it.`],
      ],
      extras: [
        [`What was the neighbourhood like?`, `Close. Everybody knew everybody's business, which had its good side and its bad side. {{laughs}} If you fell off your bike, somebody's mum would pick you up before you got home, but equally if you'd been cheeky to the man in the corner shop, your mum knew about it by teatime. There were a lot of kids our age on the street, so in the summer we were out until it got dark, on the bit of waste ground behind the garages, building dens out of pallets.`],
        [`And school – where did you go?`, `The primary was at the end of our road, [SCHOOL_A]. I liked it, mostly. I was a reader, I was one of those kids who'd sit in the corner of the library at lunch. Then the big comprehensive in town from eleven, which was a bit of a shock – it was huge, and I went from being a big fish to, um, a very small one. It took me a year or so to find my feet there, and to find my people.`],
        [`What did your parents' work mean for family life, day to day?`, `Mum's shifts were the thing that organised our lives, really. There was a calendar on the fridge with her rota in red pen, and you learned to read it – if it said N, that meant she'd be asleep in the afternoon and we had to be quiet when we got in. Dad started early at the depot, half six, so he was usually home by four, and he did the tea on the days Mum was working. His tea was always one of the same three things. {{laughs}} Sausages, fish fingers, or a stew that lasted two days.`],
      ],
    },
    {
      n: 2,
      answer: `Early on... I think my first memories are really of Mum – her coming in after a night shift and getting into bed with me in the morning, still smelling of the hospital soap, and me being half asleep. With Mum it was close, affectionate, but she was tired a lot, and I knew from quite young that I shouldn't make too many demands when she'd been on nights. With Dad it was, um – it was more at a distance. He was there, he was reliable, he did the practical things, but he wasn't someone you'd climb on, you know? He wasn't a cuddler. (pause 4 sec) It changed over time with both of them, but if you're asking about when I was very little, that's how I'd sum it up: close to Mum when she had the energy for it, and Dad in the background, steady.`,
      probes: [
        [`Can you remember anything from before you started school?`, `A few things. I remember the day my sister came home from the hospital, and being allowed to hold her on the settee with a cushion under my arm, and Dad standing right over me in case I dropped her. ⟦metacognition.monitoring|I was three, so I might have built some of that from the photo, to be honest⟧ – there's a photo of exactly that on Mum's landing. But I do think I remember the cushion. It was orange.`],
      ],
      extras: [
        [`What was a typical day like back then?`, `On a school day Dad would have gone by the time we got up, so it was Mum, or if she'd been on nights it was Gran who came round and did our breakfast and walked us to school. Gran was strict about porridge. {{laughs}} After school we played out, and tea was at half five whatever happened. Bath, story, bed. Mum read to us when she was home – she did all the voices, she was very good at the voices. Dad didn't read to us, but on Sundays he'd sometimes take us to the depot and let us sit in the driver's seat of a bus, which was the best thing in the world.`],
        [`You said it changed over time. In what way?`, `With Mum, less than with Dad. She was always the person I went to. With Dad there was a long stretch, from about eight until I was seventeen or so, where I'd say we didn't really know each other, we just lived in the same house. And then it got better, slowly. I'll probably come back to that, I imagine you'll ask. {{laughs}}`],
        [`Do you remember how your parents were with each other?`, `They were a team, mostly, in a practical way. They divided things up. I don't remember much affection between them in front of us – no kissing in the kitchen or anything {{laughs}} – but I don't remember rows either, not proper ones. Mum would tease him and he'd pretend to be annoyed. I think it was a good marriage, in its own way, quite a quiet one.`],
      ],
    },
    {
      n: 3,
      answer: `Okay. (pause 8 sec) Warm. Busy – that has to be on there. Protective. Funny. And... a bit anxious, I think, a worrier. Is that five? (I: that's five) Okay.`,
      probes: [
        [`You said warm. Can you think of a memory or an incident that would show me why you chose warm?`, `Yes. I had a really bad dream once, I must have been five or six, and I went through to their room, and Dad was asleep but Mum just lifted the covers without saying anything and I got in. ⟦idealization.support_present|She didn't ask me what the dream was, she just kept her hand on my back until I fell asleep.⟧ That's what I think of when I think of her being warm. It wasn't big speeches, it was that sort of thing.`],
        [`And busy – is there a time that comes to mind?`, `Lots of times, really. The one that stands out is my school play, when I was seven – I was a shepherd, not a big part {{laughs}} – and she'd promised to come, and she came in right at the end still in her uniform, because they'd kept her late on the ward. I was upset at the time, I remember crying in the car on the way home. ⟦metacognition.monitoring|Now, as a parent who works, I look at that and think, she ran across town in her uniform to catch the last five minutes, which is quite something. But at seven you don't see that.⟧`],
        [`Protective?`, `She was fierce about us. There was a boy at primary who used to push me over in the playground, and when she found out she went up to the school the very next morning, and I remember being mortified and also secretly very pleased. {{laughs}} She didn't shout, she was just very clear with the headteacher. It stopped after that.`],
        [`Funny?`, `She could make anything into a story. If the washing machine flooded, by the time Dad got home it was an epic, with voices, and the plumber was a villain. I think a lot of my sense of humour comes from her, the way she'd take something bad and make it into something you could laugh about together.`],
        [`And a worrier?`, `She'd ring the house from the ward if she was on a late shift to check we'd locked the back door. Every time. And when I started going into town on my own at about thirteen, there was a whole list of instructions. I used to roll my eyes. ⟦warmth.balanced_forgiving|I think it came from her job, honestly – she saw every accident that came through the doors, so of course she worried. It drove me mad then and I understand it completely now.⟧`],
      ],
      extras: [
        [`Is there anything you'd want to add about those words, looking at them together?`, `Only that they don't all sit easily together, do they? Warm and busy. I think that's the truth of it, though. She was both. If I'd only said warm I'd be leaving out the evenings she wasn't there, and if I'd only said busy I'd be leaving out the hand on my back.`],
      ],
    },
    {
      n: 4,
      answer: `(pause 10 sec) That's harder. Quiet. Strict. Reliable. Um... hard to read, I'd say. And – proud, I think, though he'd never have said so. {{laughs}}`,
      probes: [
        [`Quiet – what memory comes to mind?`, `Car journeys. We'd drive to the coast every August and he wouldn't say a word the whole way, just the radio on, and Mum would be talking for both of them. If you asked him something he'd answer, but he didn't start conversations. I remember feeling it as a kind of wall when I was little, and wanting him to say something, anything.`],
        [`Strict?`, `He had rules and they weren't negotiable. In by the time the streetlights came on. If you were late, you lost your pocket money for the week, no discussion. There was one time I was twenty minutes late because I'd been at a friend's and lost track, and he'd been out looking for me in the car, and he was really angry – not hitting or anything, he never hit us, but he shouted, and he was white in the face. ⟦metacognition.monitoring|I said strict, and I think that's fair, but when I tell that story now I notice the bit I always skip is that he'd been out in the car looking for me. He was frightened, I think, as much as angry.⟧`],
        [`Reliable?`, `He was always there when he said he'd be. If he said he'd pick you up at nine, he was outside at ten to, with the engine running. When my bike got a puncture miles out of town, I rang from a phone box and he came out straight away, didn't tell me off, just put the bike in the boot. ⟦idealization.support_present|He mended the puncture that night at the kitchen table and showed me how, so I could do it myself next time.⟧`],
        [`Hard to read – can you think of an example?`, `I'd come home with a school report and I genuinely didn't know if he'd be pleased or not. He'd read it all the way through, say "right", and hand it back. I spent a lot of time trying to work out what he thought of me, I think. That was probably the hardest thing about him when I was a kid.`],
        [`And proud?`, `This is one I only know about afterwards, really. Mum told me years later that he kept the newspaper cutting from when I won a writing competition at school, in his wallet, and he showed the men at the depot. He never said a word to me about it. ⟦humour|So, proud, but in secret, like a spy.⟧ {{laughs}} ⟦metacognition.monitoring|Which I realise is Mum's memory rather than mine, so maybe it doesn't quite count as a memory of him and me.⟧ But it's the one I've got.`],
      ],
    },
    {
      n: 5,
      answer: `Mum, when I was small. She was the one you went to. She was more available – even when she was tired she'd talk to you – and Dad just wasn't someone who talked about how you felt. (I: mm-hm) I don't think it was that he didn't care, I think he genuinely didn't know how. His own dad was very much the same, from what Gran said. As I got older, into my teens, I'd say it evened out a bit, because Dad and I found things we could do together – he taught me to drive and that was, um, that was a surprisingly good time for us.`,
      extras: [
        [`Why do you think there wasn't that feeling with your father?`, `Partly personality. He's a quiet man and I'm not. {{laughs}} And partly, I think, he saw Mum as the one who did the feelings side and himself as the one who did the practical side, and that was quite normal for families round us at the time. I wish it had been different, I do. But I don't think it was a lack of love exactly.`],
        [`You mentioned the driving lessons – what was good about them?`, `We were side by side, not looking at each other, which suits him. {{laughs}} And he was a surprisingly patient teacher. I stalled on a hill in the rain, with a queue of cars behind us, and I was nearly in tears, and he just said, "they can wait, take your time", and put his hand on the dashboard. I think that was the first time I felt he was on my side, if that makes sense. I was seventeen.`],
      ],
    },
    {
      n: 6,
      answer: `If I was upset I'd go to Mum, if she was there, or if she wasn't I'd go to my room and wait until she was. I was a crier. {{laughs}} I cried easily, and Mum was good with that, she'd sit with me. Dad found it harder – he'd say "come on now", and sort of pat my shoulder, and then find something to do.`,
      probes: [
        [`Can you remember a specific time you were upset emotionally?`, `When my best friend moved away, I was about nine. Her dad got a job down south and they moved in the summer holidays. I remember sitting on the stairs, just howling, and Mum came and sat on the step below me and said she'd miss her too, which I remember surprised me – that a grown-up would miss a kid. We wrote letters for about two years. Mum bought me the writing paper with the flowers on.`],
        [`And when you were hurt physically?`, `I fell out of the tree in Gran's garden and split my chin open – I've still got the scar, look. (I: oh yes) Gran wrapped a tea towel round it and rang Dad at the depot, and he came in his overalls and took me to casualty. He didn't say much, but he held my hand the whole time they were stitching it, and he let me squeeze it as hard as I wanted. I was about eight. That's one of my clearest memories of him, actually, and it's a good one.`],
        [`What about when you were ill?`, `Mum would make a bed up on the settee, with the blue blanket, and we was {{sic}} allowed to watch the television in the daytime, which felt like a treat. If she was on shift Gran came. Mum was quite matter-of-fact about illness, being a nurse – she'd take your temperature, give you the medicine, and not fuss, but she'd come and put her hand on your forehead every time she walked past.`],
      ],
      extras: [
        [`How did your father respond when you were ill?`, `He'd bring things. That was his way. A comic from the paper shop, or a bottle of that orange squash we weren't normally allowed. He'd put it on the end of the settee and say "there you go" and go off again. At the time I think I wanted him to stay. Now it makes me smile, because I can see it was the most natural thing for him to do.`],
      ],
    },
    {
      n: 7,
      answer: `The first one I really remember is a week at my great-aunt's in [TOWN_B] when Mum had an operation – I was six, and my sister was only three so she stayed with Gran. I didn't really understand what the operation was. I remember being homesick at night, and my great-aunt having a dog that slept on my bed, which helped. When Mum and Dad came to collect me, I remember hiding behind the door, which is a funny thing to do. ⟦metacognition.monitoring|I think I was cross with them for going away, though I wouldn't have had the words for it, and I probably wouldn't have said it then even if I had.⟧`,
      probes: [
        [`How did they respond when you hid?`, `Dad thought it was a game and started counting, like hide-and-seek, and Mum knelt down and waited, and in the end I came out and climbed on her. She was sore from the operation, I realise now, so that can't have been comfortable. She didn't say anything about it.`],
      ],
      extras: [
        [`Were there other separations later on?`, `School trips, the usual. A week at an outdoor centre when I was eleven, which I loved – canoeing, abseiling. And then university, which was the big one, I suppose. Dad drove me down with all my stuff in the back of the estate, and he carried everything up four flights of stairs without saying much, and then at the car he hugged me, which he never did, and said "ring your mother". {{laughs}} I rang her that night.`],
        [`How did you find being away from them at university?`, `Homesick for the first term, mostly at weekends. I rang Mum every Sunday from the payphone in the corridor, with a pile of coins. Dad would come on for thirty seconds and ask if the car was alright – I didn't have a car. {{laughs}} That was his joke. By the second term I was fine. I think I was surprised how much I missed the noise of the trains.`],
      ],
    },
    {
      n: 8,
      answer: `(pause 6 sec) Yes, I think so, with Dad, at times. Not in a big dramatic way. More that I'd want to show him something – a picture, or something from school – and he'd be under the car or reading the paper and he'd say "in a minute", and the minute didn't come. I felt that as, like, he wasn't interested in me. I was probably about seven or eight when I noticed it.`,
      probes: [
        [`What did you do when you felt that way?`, `I'd go and show Mum instead, or I'd just go quiet. I think for a while I stopped trying with him, round about eleven or twelve – I'd decided he wasn't interested and that was that. It was quite a lonely feeling, to be honest.`],
        [`Do you think your parents realised they were rejecting you?`, `Mum did, I think. I remember her saying to him once, in the kitchen, when she thought I couldn't hear, "she just wants you to look at it". I don't know what he said back. ⟦warmth.balanced_forgiving|With Dad – I don't think he thought of it as rejecting. He'd grown up with a father who didn't look at anything the kids did, so "in a minute" was probably already a lot, from where he stood. That's not an excuse, but it helps me understand it.⟧`],
      ],
      extras: [
        [`Was there a time with your mother when you felt rejected?`, `Not really rejected. There were times she was too tired – I'd come in bursting with news and she'd say "tell me later, love" and go up to bed, and I'd feel deflated. But it never felt like she didn't want me. It felt like she'd run out, which is different. I knew she'd want the news later, and she did, she always asked.`],
      ],
    },
    {
      n: 9,
      answer: `No, not threatening. There was shouting, from Dad mainly, when we'd broken a rule, and he had a way of going very quiet that was worse than the shouting. {{laughs}} But nobody hit us, and there weren't threats like "I'll send you away" or anything like that. Mum used to say "wait till your father gets home", which is probably the nearest thing, and even then it was mostly a joke by the time we were older.`,
      extras: [
        [`Was there anything you would call abuse, inside the family or outside it?`, `No. Nothing like that, I'm glad to say. There was a teacher at the comprehensive who was very sarcastic and picked on some of us, and it made me dread maths for a year, but I wouldn't call that abuse. It was a man who shouldn't have been teaching children, and he left after my second year.`],
        [`What happened when your father went quiet like that?`, `The whole house went quiet with him. {{laughs}} You'd know you'd done something, and you'd wait for it to pass. It usually lasted an evening. Then the next morning he'd say "morning" in a normal voice and that meant it was over. Nobody ever talked about it. I think as a child the waiting was the worst bit, not knowing how long it would last.`],
      ],
    },
    {
      n: 10,
      answer: `I think I got a lot from Mum – being able to talk about things, being able to laugh at things. And from Dad – um – reliability, I suppose, I'm the one who's there at ten to nine. {{laughs}} On the down side, I spent a long time, into my twenties, needing a lot of reassurance from people that they were pleased with me, especially from bosses, men in charge. I'd hand something in and then not sleep until they'd said something. I think that's to do with Dad and the school reports. I'm much better at it now. Having a good manager for a few years helped, and my husband is very good at just saying, "it was fine, stop it". {{laughs}}`,
      probes: [
        [`Is there anything you see as a setback to your development?`, `The reassurance thing is the main one. And maybe I took on too much responsibility for keeping everyone happy, as the eldest – I was quite a good girl, I was very careful not to add to Mum's tiredness. That's something I've had to unlearn a bit, saying when I need something. ⟦metacognition.monitoring|Though I'd say it's not all loss, I'm good in a crisis because of it. It's a mixed thing, I suppose, rather than simply a setback.⟧`],
      ],
      extras: [
        [`How do you think your experiences with your mother in particular affected you?`, `I think I learned from her that you can be tired and still be kind. I'm not always, {{laughs}} but I know what it looks like. And I think I learned to read people's moods very quickly, because I was always checking whether she had the energy for me. That's useful at work, I manage a team now. It can also be exhausting. I notice I do it with my husband sometimes, checking his face when he comes in, and he has to say "I'm fine, I'm just hungry".`],
      ],
    },
    {
      n: 11,
      answer: `Mum – I think she was doing two full-time jobs, the ward and us, and she was exhausted, and she still managed to be warm most of the time, which I find quite amazing now. Her own mum was a bit cold, from what she's told me, and I think she decided early on she'd be different, and she was. Dad is the harder one. His father was a very hard man, a miner before the pits closed, and Dad left school at fifteen and went straight into the depot. Nobody ever asked him how he felt about anything. So when I think about him saying "right" and handing my report back, I think he maybe didn't have anything else to give, not then. He's learned a bit since. We all have.`,
      extras: [
        [`Have you ever talked with them about that?`, `With Mum, yes, quite a lot, she's a talker. With Dad only once, really, properly, the night I'll tell you about when we talked about Gran. I asked him what his dad was like and he said, "you didn't want to be in the room when he came in". That was all, but it said a lot. I didn't push.`],
      ],
    },
    {
      n: 12,
      answer: `Gran, definitely – Dad's mum. She was practically a third parent, with Mum's shifts. She was brisk, no-nonsense, but you always knew where you stood with her. She taught me to knit and to play whist, and she'd tell me stories about Dad as a little boy, which helped, actually, because it made him seem more like a person. ⟦humour|Apparently he once sold the family's coal to the neighbours to buy a fishing rod, which I found very hard to imagine.⟧`,
      probes: [
        [`Anyone else?`, `A teacher at primary, Mr Ashdown-Frayne – I know, {{laughs}} what a name – who ran the library [inaudible 00:36:10] and used to save new books for me. And later on, my friend's mum, [FRIEND_MOTHER], whose house I practically lived in as a teenager. Her house was very loud and relaxed compared with ours, and she'd ask me what I thought about things, properly, as if I was a grown-up.`],
      ],
      extras: [
        [`What was it about your gran that made her so important?`, `She was constant. Mum's shifts changed every week and Dad was, well, Dad, but Gran was at her house or at ours and she was always the same. Same biscuits, same radio programme, same way of saying "now then" when you came in. If I'd had a bad day at school I'd sometimes go round there before going home, and she'd give me a job – sorting buttons, winding wool – and I'd end up telling her about it without meaning to. I think she knew exactly what she was doing. {{laughs}}`],
      ],
    },
    {
      n: 13,
      answer: `My grandad – Mum's dad – died when I was fifteen. And Gran, Dad's mum, died when I was twenty-six, just before my son was born, which was very hard.`,
      probes: [
        [`Could you tell me about your grandad first – the circumstances, and how you responded at the time?`, `He had a stroke. We weren't as close to him as to Gran, because he lived further away, in [TOWN_B], and he was quieter. We drove over to see him in the hospital and he couldn't really speak, and I remember not knowing what to do with my hands. He died about a week later. I went to the funeral. I was sad, but honestly I think I was more upset for Mum, because she was very upset, and I hadn't seen her cry like that before. I made her a lot of cups of tea, I remember. {{laughs}} That was my contribution.`],
        [`And your gran?`, `That was much harder. She'd been ill with her heart for a couple of years, so we knew it was coming, in a way, but you're never ready. I was eight months pregnant and I couldn't travel for the last week, so I didn't see her at the end, and that's something I was very upset about for a long time. Dad rang me from the hospital. I remember he said "she's gone, love", and his voice cracked – I'd never heard that before. (pause 5 sec) Sorry. It still gets me a bit.`],
        [`Take your time. How did you respond at the time, and how has it been since?`, `At the time I was in pieces, and it was all mixed up with the baby coming. I couldn't go to the funeral either, the baby was due any day. My husband went with my sister and recorded the eulogy on his phone so I could hear it. I felt guilty about not being there for a long time. What helped, actually, was talking to Dad about her, later, when my son was a few months old – he came to stay and we sat up and talked about her for hours, more than we'd ever talked. ⟦warmth.balanced_forgiving|I think losing her is partly what brought me and Dad closer, strangely. She'd have liked that.⟧ I still miss her. I think of her when I knit, which isn't often. {{laughs}}`],
        [`Did these losses have an effect on your adult personality?`, `Gran's death made me more aware that time's limited, I think, and made me make more of an effort with Dad. I don't think Grandad's death changed me much, to be honest – I was sad, but I didn't know him very well.`],
      ],
      extras: [
        [`Do you think about your gran much now?`, `Not every day. On her birthday, and at Christmas, because she always made the trifle and now I make it, badly. My daughter has her middle name. Sometimes I'll be doing something and I'll think, Gran would have had something to say about that, and I can almost hear what it would be. It's a warm feeling mostly now, not a sore one. It took a few years to get there.`],
      ],
    },
    {
      n: 14,
      answer: `(pause 7 sec) Not really, no. We were in a minor car accident when I was about twelve – somebody went into the back of us at a roundabout – and I remember being frightened, and Dad checking us both over in the back seat with his hands shaking. But everyone was fine. I wouldn't call it traumatic. It was scary for an afternoon.`,
      extras: [
        [`How were you afterwards?`, `Jumpy in the car for a few weeks. I remember flinching at roundabouts. Dad noticed – he drove very, very slowly for a while, which was unusual for him, and one day he said "it wasn't anybody's fault, you know, it's just what happens sometimes". It was a small thing, but it helped, and it's one of the few times I remember him talking to me about a feeling.`],
      ],
    },
    {
      n: 15,
      answer: `With Mum, it's gone from being mother and child to something more like friends, though she's still my mum – she'll still tell me to put a coat on. {{laughs}} With Dad it's changed a lot. We had a bad patch when I was sixteen, seventeen, where we barely spoke – I was stroppy, he was strict, we kept setting each other off. Then, as I said, the driving lessons, and then Gran dying, and then my kids. He is a completely different person with my children. He gets down on the floor with them. I sometimes watch him building Lego with my son and think, where was that when I was little? And then I think, well, it's here now.`,
      probes: [
        [`How do you feel about that, when you see him with your son?`, `Mixed. Mostly glad. There's a little bit of me that's jealous, I suppose – ⟦metacognition.monitoring|which sounds silly when I say it out loud, a grown woman jealous of her own son, but I think that's honestly what it is⟧. And then mostly it's just lovely. My son adores him.`],
      ],
      extras: [
        [`What was the bad patch like?`, `Doors slamming, mostly. {{laughs}} Me, not him. I'd say something sarcastic at tea, he'd tell me not to speak to my mother like that, I'd storm off. Looking back I was a fairly normal teenager and he was a fairly rigid dad, and we both dug in. Mum was stuck in the middle. I did apologise to her for that, years later. She said she'd forgotten, which I don't believe for a second.`],
        [`Was there a moment when you noticed things with your father had changed?`, `The day my son was born, when Dad came to the hospital. He held him and he cried, properly, in front of everyone, and then he said to me, "you did well, love". I'd been waiting for him to say something like that since I was about eight, and he said it in a maternity ward at two in the afternoon with a nurse trying to take my blood pressure. {{laughs}} I'll never forget it.`],
      ],
    },
    {
      n: 16,
      answer: `Good, I'd say. I talk to Mum a couple of times a week, usually when I'm driving home from work. Dad and I don't talk on the phone much – he hands the phone to Mum after about a minute, that hasn't changed – {{laughs}} but when we're together it's easy now. He comes round and fixes things in my house that don't need fixing. I've learned that's how he says he loves you.`,
      probes: [
        [`If you had to describe it in a word or two?`, `Easy, now. Affectionate, with Mum. Companionable, with Dad – we can sit in a room together without talking, and it doesn't feel like a wall any more. It feels restful. I don't know exactly when that changed, but it did.`],
      ],
      extras: [
        [`Are there any difficulties in the relationship now?`, `Small things. Mum can still be a bit much with the worrying, especially about the kids – she'll ring if it's snowing to check I'm not driving. And Dad doesn't like talking about anything serious on the phone, so if something's wrong I have to go over. But they're small. We're lucky, I think. I know people who don't speak to their parents at all.`],
        [`How often do you see them?`, `Most Sundays. They come to us or we go to them. Dad and my son have a standing arrangement to go and look at the trains on the bridge, which is funny, given we grew up two streets from the line and nobody ever looked at a train in our house. {{laughs}}`],
      ],
    },
    {
      n: 17,
      answer: `When I drop my daughter at school I sometimes get a pang, especially if she's clingy that morning, but it goes by the time I'm back at the car. I'm not a big worrier, less than Mum was. I worry about the normal things – roads, and when my son's old enough to go out on his own, that kind of thing. I try not to pass on the list of instructions. {{laughs}} I probably do a bit.`,
      probes: [
        [`Do you ever worry about them in a way that feels out of proportion?`, `Occasionally, at three in the morning, if one of them has a temperature. {{laughs}} I think every parent does. But in the daytime, no. I'd say I'm a fairly relaxed parent. My mum would be amazed to hear me say that, given where I got the worrying from.`],
      ],
      extras: [
        [`Have you ever been away from them overnight?`, `A couple of times, for work. The first time, when my son was two, I cried in the hotel room, I'm not ashamed to say. He was completely fine, of course. My husband sent me a photo of him eating spaghetti with his hands. Now it's easier, they're older, and we do a video call at bedtime.`],
      ],
    },
    {
      n: 18,
      answer: `That they're happy, obviously – that's the boring one but it's true. That they've got people around them they can be themselves with. And – um – that they feel they can come home, whatever happens, that they never feel they have to be perfect to be welcome. That's the one I'd pick if I only had one.`,
      extras: [
        [`Why that one, about coming home?`, `Because I think for a long time I felt I had to be good to be wanted, at least by Dad. I don't think that was his intention at all, but it's how it landed. I'd like mine never to have to wonder. Even if they've messed up – especially if they've messed up – I want the door to be open.`],
      ],
    },
    {
      n: 19,
      answer: `That people can change, I think. If you'd told me at sixteen that Dad and I would sit up half the night talking, I'd have laughed. And that you can love someone and still see their faults. I see Mum's worrying and Dad's silences quite clearly, and I love them both. ⟦warmth.balanced_forgiving|They got a lot right and some things wrong, same as I'm doing with mine.⟧`,
      extras: [
        [`Is there anything you've tried to do differently as a parent?`, `Talking. We talk about feelings in our house quite a lot, maybe too much, my husband jokes. {{laughs}} When my son's upset I try to name it for him – "you're disappointed", that kind of thing – which nobody did for me. And I try hard to look at the picture. You know. The picture.`],
      ],
    },
    {
      n: 20,
      answer: `That they were listened to. That they could show me the picture and I'd look at it. {{laughs}} I mean that literally – I try to look at every single drawing, even when I'm cooking. And that it's alright to be sad, and it's alright to be cross with me, and we'll still be okay afterwards.`,
      extras: [
        [`Do you think they'd say that's what they've learned?`, `Ask me in twenty years. {{laughs}} My son would probably say he's learned that I sing in the car and it's embarrassing. But I hope underneath that, yes. He does come and tell me things. Last week he told me he'd been left out at football, and he cried, and we sat on the stairs, and I thought, oh, here we are again, the stairs. Only this time I'm the one on the step below.`],
      ],
    },
  ],
  closing: [
    `That's the end of the questions. Thank you, that was really thoughtful. How are you feeling after all that?`,
    `Alright, actually. A bit wrung out. {{laughs}} But it was interesting, hearing myself say some of it out loud. I think I'll ring my dad tonight.`,
  ],
  classification: { primary: 'F', subtype: 'F3a' },
  scales: {
    'exp.loving|mother': [6, 8],
    'exp.loving|father': [4, 6],
    'exp.rejecting|mother': [1, 2],
    'exp.rejecting|father': [3, 5],
    'exp.neglecting|mother': [1, 3],
    'exp.pressure|father': [2, 4],
    'som.idealization|mother': [1, 2],
    'som.idealization|father': [1, 2],
    'som.involving_anger|mother': [1, 2],
    'som.involving_anger|father': [1, 2],
    'som.derogation_attachment|transcript': [1, 2],
    'som.lack_of_recall|transcript': [1, 2],
    'som.metacognitive|transcript': [5, 7],
    'som.passivity|transcript': [1, 2],
    'coh.transcript|transcript': [6, 8],
    'coh.mind|transcript': [6, 8],
    'unres.loss|event:loss-1': [1, 2],
    'unres.loss|event:loss-2': [1, 2],
  },
  events: [
    { id: 'loss-1', kind: 'loss', who: 'maternal grandfather', speakerAge: '15' },
    { id: 'loss-2', kind: 'loss', who: 'paternal grandmother', speakerAge: '26' },
  ],
  contains: ['SYNTHETIC – NOT REAL DATA', 'hide-and-seek', '{{laughs}}', '(pause 8 sec)', '(I: that\'s five)'],
};

const PROTOTYPES: Prototype[] = [F3];

async function main(): Promise<void> {
  const { files } = await buildFixtures();
  for (const [name, bytes] of files) {
    const path = join(FIXTURE_DIR, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
  }
  console.log(`wrote ${files.size} files to ${FIXTURE_DIR}`);
  const proto = buildPrototypes();
  for (const [name, bytes] of proto.transcripts) writeFileSync(join(FIXTURE_DIR, name), bytes);
  mkdirSync(PROTOTYPE_DIR, { recursive: true });
  for (const [name, bytes] of proto.files) writeFileSync(join(PROTOTYPE_DIR, name), bytes);
  console.log(`wrote ${proto.transcripts.size} prototype transcripts and ${proto.files.size} files to ${PROTOTYPE_DIR}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
