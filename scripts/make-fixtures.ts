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
      [
        'Did anyone else live with you?',
        'My grandmother stayed with us in the winters. {{laughs}} She took the big room and we all had to squeeze.',
      ],
      ['And did you move house much after that?', 'No, that was it, we stayed in the flat until I left for college.'],
    ],
  },
  {
    n: 2,
    prompt:
      'Could you describe your relationship with your parents as a young child, starting as far back as you can remember?',
    answer:
      "It was- it was fine, I think. [MOTHER] was busy, [FATHER] was away a lot for work, on the boats. I- I don't know, it was normal, er, normal for round there.",
  },
  {
    n: 3,
    prompt:
      "I'd like you to choose five adjectives or words that describe your relationship with your mother in childhood. Take your time.",
    answer: '(pause 6 sec) Okay. Warm. Busy. Um, fair. Funny, she was funny. And, er, distant sometimes.',
    probes: [
      [
        'You said warm. Is there a memory that shows me why you chose warm?',
        'She used to, um, make cocoa when it snowed and we sat by the heater {{sic}} and she told stories about the seaside, about when she was a girl.',
      ],
      [
        'And busy?',
        'She had two jobs, the bakery in the mornings and cleaning at the school (I: right) in the evenings.',
      ],
      [
        'Fair – can you think of a time?',
        'If we argued she always, um, she always heard both sides. Even when it was obviously him. {{laughs}}',
      ],
      [
        'And distant?',
        "She'd go quiet for days. You'd come home and she'd just be in the kitchen, not really there, you know.",
      ],
    ],
  },
  {
    n: 4,
    prompt: 'Now the same for your father: five words for your relationship with him in childhood.',
    answer: "Strict. Absent, mostly. Um. Clever. Loud. I can't think of a fifth (I: that's fine).",
    probes: [
      [
        'Strict – can you remember a time?',
        "If we were late for tea, he'd- we had to stand in the hall. [00:12:40] It wasn't anything terrible.",
      ],
      ['And clever?', "He fixed everything. Radios, the car, my bike. He didn't explain, but he fixed it."],
    ],
  },
  {
    n: 5,
    prompt: 'Which parent did you feel closer to, and why?',
    answer: "My mum, definitely. He just wasn't around enough to be close to, I think.",
  },
  {
    n: 6,
    prompt: 'When you were upset as a child, what would you do?',
    answer: 'Go to my room. Read. Sometimes my grandmother would come up with a biscuit {{laughs}} and just sit.',
    probes: [
      [
        'Can you remember a time you were hurt, physically?',
        'I broke my wrist falling off a bike once. Mum drove me to the hospital, she was, um, she was calm.',
      ],
    ],
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
    answer: "No. Raised voices, that's all. Doors slammed.",
  },
  {
    n: 10,
    prompt:
      'In general, how do you think your overall experiences with your parents have affected your adult personality?',
    answer:
      "I'm independent, I suppose. I don't like to ask for help, which is... (pause 6 sec) which is probably from then.",
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
      [
        'Could you tell me about the circumstances?',
        "She was ill for a while. We visited, and then one morning Mum said she'd gone. I- I didn't go to the funeral, they thought I was too young.",
      ],
      ['How did you respond at the time?', 'I was quiet. I kept her scarf. (pause 6 sec) I still have it, actually.'],
    ],
  },
  {
    n: 14,
    prompt:
      'Other than what we have talked about, have you had any other experiences you would regard as potentially traumatic?',
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
    answer: "That she's happy. That she has good friends. And, er, that she calls me {{laughs}}.",
  },
  {
    n: 19,
    prompt: 'Is there any particular thing you feel you learned above all from your own childhood experiences?',
    answer: "That you can get through things. And to say things out loud, which we didn't.",
  },
  {
    n: 20,
    prompt: 'What would you hope your child might learn from her experiences of being parented by you?',
    answer: 'That she can always come to me. Whatever it is. [01:02:15]',
  },
];

function mini(): Builder {
  const b = new Builder().header('SYN-0001', { Transcriber: 'TR-1' });
  b.i(
    'Thank you for coming in. As I said, there are about twenty questions, and some of them are repeated with different wording.',
    '[00:00:04] ',
  );
  b.r("Okay. Sure, er, that's fine.");
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
    answer: "I can't really. I never knew my father, he left before I was born (I: okay). There's nothing to describe.",
    probes: [['Was there anyone in that role for you?', 'Not really. My uncle came at Christmas. That was it.']],
  })
    .map((b) => (b.n === 5 ? { ...b, answer: 'My mother, there was only her. {{pause}} Well. Yes.' } : b))
    .map((b) =>
      b.n === 2
        ? { ...b, answer: 'It was just me and [MOTHER]. She was- we were a team, I suppose, the two of us.' }
        : b,
    );
  return variant('SYN-0004', { interviewer: 'I', respondent: 'R' }, blocks);
}

function severalLosses(): Builder {
  return variant(
    'SYN-0005',
    { interviewer: 'I', respondent: 'R' },
    withBlock(13, {
      answer:
        'Yes, a few. My grandfather when I was six, my uncle [UNCLE_1] when I was twelve, and a friend from school, [FRIEND_1], when we were nineteen.',
      probes: [
        [
          'Could you tell me about your grandfather first?',
          "He had a heart attack in the garden. I saw the ambulance. (pause 6 sec) I didn't understand it then.",
        ],
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
      answer:
        'No. Nobody close to me has died, not yet. All four grandparents are still alive, which people find surprising.',
      probes: [['Not even a pet, or someone a little less close?', "A hamster. {{laughs}} I don't think that counts."]],
    }),
  );
}

function skippedQuestion(): Builder {
  // Question 9 is skipped (the interviewer ran short of time), so numbering jumps 8 → 10.
  return variant(
    'SYN-0007',
    { interviewer: 'I', respondent: 'R' },
    MINI.filter((b) => b.n !== 9),
  );
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
  b.r("I'd go to the lake and- [overlapping speech]");
  b.i('-the one near the school-');
  b.r("-yes, near the school, and I'd // sit on the wall.");
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
  "we didn't really talk about feelings in our house",
  'on birthdays there was always a cake from the bakery',
  'the winters were long and the flat was cold',
  'she taught me to swim at the old baths',
  'he came home late and we could hear him on the stairs',
  'I was the one who kept everyone laughing',
  'school was fine, I was quiet there',
  'my grandmother let me stay up to watch the quiz shows',
  'it felt like everyone was busy all the time',
  "I don't remember much from before I was six",
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
  '€': 0x80,
  '‚': 0x82,
  ƒ: 0x83,
  '„': 0x84,
  '…': 0x85,
  '†': 0x86,
  '‡': 0x87,
  ˆ: 0x88,
  '‰': 0x89,
  Š: 0x8a,
  '‹': 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '˜': 0x98,
  '™': 0x99,
  š: 0x9a,
  '›': 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
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
  b.r(
    'Me, my mother and my stepfather José. We lived above a café in [TOWN_A] — “the yellow house”, everyone called it.',
  );
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
    .map(
      (p, k) =>
        `${k > 0 ? `<w:r>${bold}<w:br/></w:r>` : ''}<w:r>${bold}<w:t xml:space="preserve">${xmlEscape(p)}</w:t></w:r>`,
    )
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

function expectation(b: Builder, participantCode: string, extra: Partial<FixtureExpectation> = {}): FixtureExpectation {
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
      description:
        'Mini I:/R: interview, 20 numbered questions, interjections, {{sic}}, {{laughs}}, pauses, [inaudible], timestamps',
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
    {
      file: 'syn-0002-int-subj.txt',
      description: 'INT:/SUBJ: labels',
      format: 'txt',
      encoding: 'utf-8',
      expect: expectation(is, 'SYN-0002'),
    },
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
    {
      file: 'syn-0004-parent-absent.txt',
      description: 'Father absent: no adjectives for him',
      format: 'txt',
      encoding: 'utf-8',
      expect: expectation(pa, 'SYN-0004', { contains: ['I never knew my father'] }),
    },
    utf8(pa.text()),
  );
  const sl = severalLosses();
  add(
    {
      file: 'syn-0005-several-losses.txt',
      description: 'Several losses (grandfather, uncle, friend)',
      format: 'txt',
      encoding: 'utf-8',
      expect: expectation(sl, 'SYN-0005', { contains: ['[UNCLE_1]', '{{crying}}'] }),
    },
    utf8(sl.text()),
  );
  const nl = noLoss();
  add(
    {
      file: 'syn-0006-no-loss.txt',
      description: 'No losses: unresolved scales not applicable',
      format: 'txt',
      encoding: 'utf-8',
      expect: expectation(nl, 'SYN-0006', { contains: ['Nobody close to me has died'] }),
    },
    utf8(nl.text()),
  );
  const sk = skippedQuestion();
  add(
    {
      file: 'syn-0007-skipped-question.txt',
      description: 'Question 9 skipped: numbering jumps from 8 to 10',
      format: 'txt',
      encoding: 'utf-8',
      expect: expectation(sk, 'SYN-0007'),
    },
    utf8(sk.text()),
  );
  const cr = crlf();
  add(
    {
      file: 'syn-0008-crlf.txt',
      description: 'CRLF line ends',
      format: 'txt',
      encoding: 'utf-8',
      expect: expectation(cr, 'SYN-0008', { notContains: ['\r'] }),
    },
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
      description:
        'Word-export artefacts: NBSP, soft hyphen, zero-width space, tabs after labels, trailing spaces, blank-line runs',
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
    {
      file: 'syn-0011-overlap.txt',
      description: 'Overlapping speech: [overlapping speech], [crosstalk], //, dash continuations',
      format: 'txt',
      encoding: 'utf-8',
      expect: expectation(ov, 'SYN-0011', { contains: ['[overlapping speech]', '[crosstalk]'] }),
    },
    utf8(ov.text()),
  );
  const lt = longTurn();
  add(
    {
      file: 'syn-0012-long-turn.txt',
      description: 'A ~3,000-word single-line turn and a 60-line turn',
      format: 'txt',
      encoding: 'utf-8',
      expect: expectation(lt, 'SYN-0012'),
    },
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
    {
      file: 'syn-0015-utf16le.txt',
      description: 'UTF-16 little-endian with BOM, CRLF',
      format: 'txt',
      encoding: 'utf-16le',
      expect: expectation(u16, 'SYN-0015', { contains: ['Zoë', 'Łukasz', '—'] }),
    },
    encodeUtf16(u16.text('\r\n'), false),
  );
  const u16be = nonAscii();
  u16be.entries[1] = { kind: 'line', text: 'Participant: SYN-0016' };
  add(
    {
      file: 'syn-0016-utf16be.txt',
      description: 'UTF-16 big-endian with BOM',
      format: 'txt',
      encoding: 'utf-16be',
      expect: expectation(u16be, 'SYN-0016', { contains: ['Zoë', 'Łukasz', '“Close,”'] }),
    },
    encodeUtf16(u16be.text(), true),
  );
  const cp = cp1252Transcript();
  add(
    {
      file: 'syn-0017-cp1252.txt',
      description: 'Windows-1252 (not valid UTF-8): é, ï, smart quotes, en and em dashes, ellipsis, CRLF',
      format: 'txt',
      encoding: 'windows-1252',
      expect: expectation(cp, 'SYN-0017', {
        contains: ['José', 'café', '“the yellow house”', 'Naïve', '—', '–', 'Noël', '…'],
      }),
    },
    encodeCp1252(cp.text('\r\n')),
  );

  const dx = docxTranscript();
  const docxBytes = await docx(dx, [DOCX_SPECIAL_PARAGRAPH]);
  add(
    {
      file: 'syn-0018-mini.docx',
      description:
        'Word document: bold interviewer runs, tabs after labels, numbered questions, NBSP, manual line break, soft and non-breaking hyphens',
      format: 'docx',
      expect: {
        ...expectation(dx, 'SYN-0018', {
          contains: [
            'I: 1. To start',
            'It was “fine”, I suppose.\nThat’s all',
            '6. When you were upset as a child',
            'Mary-Ann',
          ],
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
      description:
        'OpenDocument text: spans, tabs, <text:s/>, a heading, a list, a line break, a footnote and a comment (both dropped)',
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
      description:
        "RTF: font and colour tables, info group, \\'hh and \\uN escapes, bold groups, \\tab, \\par, a picture",
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
  add(
    { file: 'bad/pdf-named.docx', description: 'A PDF named .docx', error: 'this is a PDF file, not a Word document' },
    latin1Bytes(PDF_BYTES),
  );
  add(
    { file: 'bad/corrupt.docx', description: 'A truncated docx (zip without central directory)', error: 'damaged' },
    docxBytes.slice(0, Math.floor(docxBytes.length / 2)),
  );
  add(
    {
      file: 'bad/spreadsheet-named.docx',
      description: 'A zip that is not a Word document (spreadsheet parts)',
      error: 'spreadsheet',
    },
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
// Prototype transcripts (SYN-0201..0204): test oracles for F3, Ds1, E2 and U/F (docs/domain.md: Synthetic fixtures)
//
// Each is a realistic-length interview (6,000–9,000 words) with a sidecar of expected tags, intended
// scale ranges and an intended classification. These are TEST ORACLES ONLY, not validated codings: they
// were scripted by an engineer from the public secondary sources summarised in docs/domain.md, not coded by a
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

const KEEP_EXTRA = 0.8;
const PROTOTYPE_WORDS: [number, number] = [6000, 9000];
const TAG_MARK = /⟦([\w.]+)(?:@([\w-]+))?\|([^⟦⟧]*)⟧/g;

/** Paraphrased prompts (never the protocol wording), two per question; the PRNG picks one per prototype. */
const PROTO_PROMPTS: Record<number, [string, string]> = {
  1: [
    'To begin with, could you help me get oriented to your family – who was in it, where you lived, whether you moved around?',
    'Could you start by telling me a bit about your family when you were small: who lived at home, and where you grew up?',
  ],
  2: [
    "I'd like you to describe your relationship with your parents as a young child, going back as early as you can remember.",
    'Thinking as far back as you can, how would you describe your relationship with your parents when you were little?',
  ],
  3: [
    "Now I'd like you to choose five adjectives, or words, that reflect your relationship with your mother when you were a child – say from five to twelve. Take as long as you need.",
    "Could you give me five words that describe your childhood relationship with your mother, going back as early as you can? I'll write them down and then ask about each one.",
  ],
  4: [
    'Now the same for your father: five words or phrases for your relationship with him as a young child.',
    "Let's do the same thing for your father – five adjectives for your relationship with him when you were small.",
  ],
  5: [
    "Which parent did you feel closer to as a child, and why? And why isn't there that feeling with the other?",
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
    "Were there times as a child when you felt rejected, or pushed away, even if you wouldn't call it that today?",
  ],
  9: [
    "Were your parents ever threatening with you in any way – for discipline, or even jokingly? Was there anything you'd call abuse, in your family or outside it?",
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

function buildPrototype(p: Prototype): {
  builder: Builder;
  bytes: Uint8Array;
  sidecar: PrototypeSidecar;
  words: number;
} {
  const rand = mulberry32(p.seed);
  const b = new Builder().header(
    p.id,
    { Transcriber: 'TR-2', Note: 'scripted prototype for tests' },
    p.interviewer,
    p.date,
  );
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
    if (stored.indexOf(t.quote, start + 1) >= 0)
      throw new Error(`${p.id}: quote occurs more than once, make it longer: ${t.quote}`);
    return { code: t.code, start, end: start + t.quote.length, quote: t.quote, ...(t.event ? { event: t.event } : {}) };
  });
  tags.sort((x, y) => x.start - y.start || x.end - y.end);
  const total = countWords(stored);
  if (total < PROTOTYPE_WORDS[0] || total > PROTOTYPE_WORDS[1])
    throw new Error(`${p.id}: ${total} words, outside ${PROTOTYPE_WORDS.join('–')}`);
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
export function buildPrototypes(): {
  transcripts: Map<string, Uint8Array>;
  files: Map<string, Uint8Array>;
  manifest: PrototypeEntry[];
} {
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
      expect: expectation(builder, p.id, {
        wordsMin: PROTOTYPE_WORDS[0],
        wordsMax: PROTOTYPE_WORDS[1],
        contains: p.contains,
      }),
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
        [
          `Did anyone else live with you at any point?`,
          `Not for long. My mum's younger brother stayed with us for a few months when I was about ten – he was between jobs, I think, and he slept on the settee. I remember it as fun, because he played cards with us and let us stay up, but I think it was quite a strain for Mum and Dad, money-wise. I only really understood that later, when Mum mentioned it.`,
        ],
      ],
      extras: [
        [
          `What was the neighbourhood like?`,
          `Close. Everybody knew everybody's business, which had its good side and its bad side. {{laughs}} If you fell off your bike, somebody's mum would pick you up before you got home, but equally if you'd been cheeky to the man in the corner shop, your mum knew about it by teatime. There were a lot of kids our age on the street, so in the summer we were out until it got dark, on the bit of waste ground behind the garages, building dens out of pallets.`,
        ],
        [
          `And school – where did you go?`,
          `The primary was at the end of our road, [SCHOOL_A]. I liked it, mostly. I was a reader, I was one of those kids who'd sit in the corner of the library at lunch. Then the big comprehensive in town from eleven, which was a bit of a shock – it was huge, and I went from being a big fish to, um, a very small one. It took me a year or so to find my feet there, and to find my people.`,
        ],
        [
          `What did your parents' work mean for family life, day to day?`,
          `Mum's shifts were the thing that organised our lives, really. There was a calendar on the fridge with her rota in red pen, and you learned to read it – if it said N, that meant she'd be asleep in the afternoon and we had to be quiet when we got in. Dad started early at the depot, half six, so he was usually home by four, and he did the tea on the days Mum was working. His tea was always one of the same three things. {{laughs}} Sausages, fish fingers, or a stew that lasted two days.`,
        ],
      ],
    },
    {
      n: 2,
      answer: `Early on... I think my first memories are really of Mum – her coming in after a night shift and getting into bed with me in the morning, still smelling of the hospital soap, and me being half asleep. With Mum it was close, affectionate, but she was tired a lot, and I knew from quite young that I shouldn't make too many demands when she'd been on nights. With Dad it was, um – it was more at a distance. He was there, he was reliable, he did the practical things, but he wasn't someone you'd climb on, you know? He wasn't a cuddler. (pause 4 sec) It changed over time with both of them, but if you're asking about when I was very little, that's how I'd sum it up: close to Mum when she had the energy for it, and Dad in the background, steady.`,
      probes: [
        [
          `Can you remember anything from before you started school?`,
          `A few things. I remember the day my sister came home from the hospital, and being allowed to hold her on the settee with a cushion under my arm, and Dad standing right over me in case I dropped her. ⟦metacognition.monitoring|I was three, so I might have built some of that from the photo, to be honest⟧ – there's a photo of exactly that on Mum's landing. But I do think I remember the cushion. It was orange.`,
        ],
      ],
      extras: [
        [
          `What was a typical day like back then?`,
          `On a school day Dad would have gone by the time we got up, so it was Mum, or if she'd been on nights it was Gran who came round and did our breakfast and walked us to school. Gran was strict about porridge. {{laughs}} After school we played out, and tea was at half five whatever happened. Bath, story, bed. Mum read to us when she was home – she did all the voices, she was very good at the voices. Dad didn't read to us, but on Sundays he'd sometimes take us to the depot and let us sit in the driver's seat of a bus, which was the best thing in the world.`,
        ],
        [
          `You said it changed over time. In what way?`,
          `With Mum, less than with Dad. She was always the person I went to. With Dad there was a long stretch, from about eight until I was seventeen or so, where I'd say we didn't really know each other, we just lived in the same house. And then it got better, slowly. I'll probably come back to that, I imagine you'll ask. {{laughs}}`,
        ],
        [
          `Do you remember how your parents were with each other?`,
          `They were a team, mostly, in a practical way. They divided things up. I don't remember much affection between them in front of us – no kissing in the kitchen or anything {{laughs}} – but I don't remember rows either, not proper ones. Mum would tease him and he'd pretend to be annoyed. I think it was a good marriage, in its own way, quite a quiet one.`,
        ],
      ],
    },
    {
      n: 3,
      answer: `Okay. (pause 8 sec) Warm. Busy – that has to be on there. Protective. Funny. And... a bit anxious, I think, a worrier. Is that five? (I: that's five) Okay.`,
      probes: [
        [
          `You said warm. Can you think of a memory or an incident that would show me why you chose warm?`,
          `Yes. I had a really bad dream once, I must have been five or six, and I went through to their room, and Dad was asleep but Mum just lifted the covers without saying anything and I got in. ⟦idealization.support_present|She didn't ask me what the dream was, she just kept her hand on my back until I fell asleep.⟧ That's what I think of when I think of her being warm. It wasn't big speeches, it was that sort of thing.`,
        ],
        [
          `And busy – is there a time that comes to mind?`,
          `Lots of times, really. The one that stands out is my school play, when I was seven – I was a shepherd, not a big part {{laughs}} – and she'd promised to come, and she came in right at the end still in her uniform, because they'd kept her late on the ward. I was upset at the time, I remember crying in the car on the way home. ⟦metacognition.monitoring|Now, as a parent who works, I look at that and think, she ran across town in her uniform to catch the last five minutes, which is quite something. But at seven you don't see that.⟧`,
        ],
        [
          `Protective?`,
          `She was fierce about us. There was a boy at primary who used to push me over in the playground, and when she found out she went up to the school the very next morning, and I remember being mortified and also secretly very pleased. {{laughs}} She didn't shout, she was just very clear with the headteacher. It stopped after that.`,
        ],
        [
          `Funny?`,
          `She could make anything into a story. If the washing machine flooded, by the time Dad got home it was an epic, with voices, and the plumber was a villain. I think a lot of my sense of humour comes from her, the way she'd take something bad and make it into something you could laugh about together.`,
        ],
        [
          `And a worrier?`,
          `She'd ring the house from the ward if she was on a late shift to check we'd locked the back door. Every time. And when I started going into town on my own at about thirteen, there was a whole list of instructions. I used to roll my eyes. ⟦warmth.balanced_forgiving|I think it came from her job, honestly – she saw every accident that came through the doors, so of course she worried. It drove me mad then and I understand it completely now.⟧`,
        ],
      ],
      extras: [
        [
          `Is there anything you'd want to add about those words, looking at them together?`,
          `Only that they don't all sit easily together, do they? Warm and busy. I think that's the truth of it, though. She was both. If I'd only said warm I'd be leaving out the evenings she wasn't there, and if I'd only said busy I'd be leaving out the hand on my back.`,
        ],
      ],
    },
    {
      n: 4,
      answer: `(pause 10 sec) That's harder. Quiet. Strict. Reliable. Um... hard to read, I'd say. And – proud, I think, though he'd never have said so. {{laughs}}`,
      probes: [
        [
          `Quiet – what memory comes to mind?`,
          `Car journeys. We'd drive to the coast every August and he wouldn't say a word the whole way, just the radio on, and Mum would be talking for both of them. If you asked him something he'd answer, but he didn't start conversations. I remember feeling it as a kind of wall when I was little, and wanting him to say something, anything.`,
        ],
        [
          `Strict?`,
          `He had rules and they weren't negotiable. In by the time the streetlights came on. If you were late, you lost your pocket money for the week, no discussion. There was one time I was twenty minutes late because I'd been at a friend's and lost track, and he'd been out looking for me in the car, and he was really angry – not hitting or anything, he never hit us, but he shouted, and he was white in the face. ⟦metacognition.monitoring|I said strict, and I think that's fair, but when I tell that story now I notice the bit I always skip is that he'd been out in the car looking for me. He was frightened, I think, as much as angry.⟧`,
        ],
        [
          `Reliable?`,
          `He was always there when he said he'd be. If he said he'd pick you up at nine, he was outside at ten to, with the engine running. When my bike got a puncture miles out of town, I rang from a phone box and he came out straight away, didn't tell me off, just put the bike in the boot. ⟦idealization.support_present|He mended the puncture that night at the kitchen table and showed me how, so I could do it myself next time.⟧`,
        ],
        [
          `Hard to read – can you think of an example?`,
          `I'd come home with a school report and I genuinely didn't know if he'd be pleased or not. He'd read it all the way through, say "right", and hand it back. I spent a lot of time trying to work out what he thought of me, I think. That was probably the hardest thing about him when I was a kid.`,
        ],
        [
          `And proud?`,
          `This is one I only know about afterwards, really. Mum told me years later that he kept the newspaper cutting from when I won a writing competition at school, in his wallet, and he showed the men at the depot. He never said a word to me about it. ⟦humour|So, proud, but in secret, like a spy.⟧ {{laughs}} ⟦metacognition.monitoring|Which I realise is Mum's memory rather than mine, so maybe it doesn't quite count as a memory of him and me.⟧ But it's the one I've got.`,
        ],
      ],
    },
    {
      n: 5,
      answer: `Mum, when I was small. She was the one you went to. She was more available – even when she was tired she'd talk to you – and Dad just wasn't someone who talked about how you felt. (I: mm-hm) I don't think it was that he didn't care, I think he genuinely didn't know how. His own dad was very much the same, from what Gran said. As I got older, into my teens, I'd say it evened out a bit, because Dad and I found things we could do together – he taught me to drive and that was, um, that was a surprisingly good time for us.`,
      extras: [
        [
          `Why do you think there wasn't that feeling with your father?`,
          `Partly personality. He's a quiet man and I'm not. {{laughs}} And partly, I think, he saw Mum as the one who did the feelings side and himself as the one who did the practical side, and that was quite normal for families round us at the time. I wish it had been different, I do. But I don't think it was a lack of love exactly.`,
        ],
        [
          `You mentioned the driving lessons – what was good about them?`,
          `We were side by side, not looking at each other, which suits him. {{laughs}} And he was a surprisingly patient teacher. I stalled on a hill in the rain, with a queue of cars behind us, and I was nearly in tears, and he just said, "they can wait, take your time", and put his hand on the dashboard. I think that was the first time I felt he was on my side, if that makes sense. I was seventeen.`,
        ],
      ],
    },
    {
      n: 6,
      answer: `If I was upset I'd go to Mum, if she was there, or if she wasn't I'd go to my room and wait until she was. I was a crier. {{laughs}} I cried easily, and Mum was good with that, she'd sit with me. Dad found it harder – he'd say "come on now", and sort of pat my shoulder, and then find something to do.`,
      probes: [
        [
          `Can you remember a specific time you were upset emotionally?`,
          `When my best friend moved away, I was about nine. Her dad got a job down south and they moved in the summer holidays. I remember sitting on the stairs, just howling, and Mum came and sat on the step below me and said she'd miss her too, which I remember surprised me – that a grown-up would miss a kid. We wrote letters for about two years. Mum bought me the writing paper with the flowers on.`,
        ],
        [
          `And when you were hurt physically?`,
          `I fell out of the tree in Gran's garden and split my chin open – I've still got the scar, look. (I: oh yes) Gran wrapped a tea towel round it and rang Dad at the depot, and he came in his overalls and took me to casualty. He didn't say much, but he held my hand the whole time they were stitching it, and he let me squeeze it as hard as I wanted. I was about eight. That's one of my clearest memories of him, actually, and it's a good one.`,
        ],
        [
          `What about when you were ill?`,
          `Mum would make a bed up on the settee, with the blue blanket, and we was {{sic}} allowed to watch the television in the daytime, which felt like a treat. If she was on shift Gran came. Mum was quite matter-of-fact about illness, being a nurse – she'd take your temperature, give you the medicine, and not fuss, but she'd come and put her hand on your forehead every time she walked past.`,
        ],
      ],
      extras: [
        [
          `How did your father respond when you were ill?`,
          `He'd bring things. That was his way. A comic from the paper shop, or a bottle of that orange squash we weren't normally allowed. He'd put it on the end of the settee and say "there you go" and go off again. At the time I think I wanted him to stay. Now it makes me smile, because I can see it was the most natural thing for him to do.`,
        ],
      ],
    },
    {
      n: 7,
      answer: `The first one I really remember is a week at my great-aunt's in [TOWN_B] when Mum had an operation – I was six, and my sister was only three so she stayed with Gran. I didn't really understand what the operation was. I remember being homesick at night, and my great-aunt having a dog that slept on my bed, which helped. When Mum and Dad came to collect me, I remember hiding behind the door, which is a funny thing to do. ⟦metacognition.monitoring|I think I was cross with them for going away, though I wouldn't have had the words for it, and I probably wouldn't have said it then even if I had.⟧`,
      probes: [
        [
          `How did they respond when you hid?`,
          `Dad thought it was a game and started counting, like hide-and-seek, and Mum knelt down and waited, and in the end I came out and climbed on her. She was sore from the operation, I realise now, so that can't have been comfortable. She didn't say anything about it.`,
        ],
      ],
      extras: [
        [
          `Were there other separations later on?`,
          `School trips, the usual. A week at an outdoor centre when I was eleven, which I loved – canoeing, abseiling. And then university, which was the big one, I suppose. Dad drove me down with all my stuff in the back of the estate, and he carried everything up four flights of stairs without saying much, and then at the car he hugged me, which he never did, and said "ring your mother". {{laughs}} I rang her that night.`,
        ],
        [
          `How did you find being away from them at university?`,
          `Homesick for the first term, mostly at weekends. I rang Mum every Sunday from the payphone in the corridor, with a pile of coins. Dad would come on for thirty seconds and ask if the car was alright – I didn't have a car. {{laughs}} That was his joke. By the second term I was fine. I think I was surprised how much I missed the noise of the trains.`,
        ],
      ],
    },
    {
      n: 8,
      answer: `(pause 6 sec) Yes, I think so, with Dad, at times. Not in a big dramatic way. More that I'd want to show him something – a picture, or something from school – and he'd be under the car or reading the paper and he'd say "in a minute", and the minute didn't come. I felt that as, like, he wasn't interested in me. I was probably about seven or eight when I noticed it.`,
      probes: [
        [
          `What did you do when you felt that way?`,
          `I'd go and show Mum instead, or I'd just go quiet. I think for a while I stopped trying with him, round about eleven or twelve – I'd decided he wasn't interested and that was that. It was quite a lonely feeling, to be honest.`,
        ],
        [
          `Do you think your parents realised they were rejecting you?`,
          `Mum did, I think. I remember her saying to him once, in the kitchen, when she thought I couldn't hear, "she just wants you to look at it". I don't know what he said back. ⟦warmth.balanced_forgiving|With Dad – I don't think he thought of it as rejecting. He'd grown up with a father who didn't look at anything the kids did, so "in a minute" was probably already a lot, from where he stood. That's not an excuse, but it helps me understand it.⟧`,
        ],
      ],
      extras: [
        [
          `Was there a time with your mother when you felt rejected?`,
          `Not really rejected. There were times she was too tired – I'd come in bursting with news and she'd say "tell me later, love" and go up to bed, and I'd feel deflated. But it never felt like she didn't want me. It felt like she'd run out, which is different. I knew she'd want the news later, and she did, she always asked.`,
        ],
      ],
    },
    {
      n: 9,
      answer: `No, not threatening. There was shouting, from Dad mainly, when we'd broken a rule, and he had a way of going very quiet that was worse than the shouting. {{laughs}} But nobody hit us, and there weren't threats like "I'll send you away" or anything like that. Mum used to say "wait till your father gets home", which is probably the nearest thing, and even then it was mostly a joke by the time we were older.`,
      extras: [
        [
          `Was there anything you would call abuse, inside the family or outside it?`,
          `No. Nothing like that, I'm glad to say. There was a teacher at the comprehensive who was very sarcastic and picked on some of us, and it made me dread maths for a year, but I wouldn't call that abuse. It was a man who shouldn't have been teaching children, and he left after my second year.`,
        ],
        [
          `What happened when your father went quiet like that?`,
          `The whole house went quiet with him. {{laughs}} You'd know you'd done something, and you'd wait for it to pass. It usually lasted an evening. Then the next morning he'd say "morning" in a normal voice and that meant it was over. Nobody ever talked about it. I think as a child the waiting was the worst bit, not knowing how long it would last.`,
        ],
      ],
    },
    {
      n: 10,
      answer: `I think I got a lot from Mum – being able to talk about things, being able to laugh at things. And from Dad – um – reliability, I suppose, I'm the one who's there at ten to nine. {{laughs}} On the down side, I spent a long time, into my twenties, needing a lot of reassurance from people that they were pleased with me, especially from bosses, men in charge. I'd hand something in and then not sleep until they'd said something. I think that's to do with Dad and the school reports. I'm much better at it now. Having a good manager for a few years helped, and my husband is very good at just saying, "it was fine, stop it". {{laughs}}`,
      probes: [
        [
          `Is there anything you see as a setback to your development?`,
          `The reassurance thing is the main one. And maybe I took on too much responsibility for keeping everyone happy, as the eldest – I was quite a good girl, I was very careful not to add to Mum's tiredness. That's something I've had to unlearn a bit, saying when I need something. ⟦metacognition.monitoring|Though I'd say it's not all loss, I'm good in a crisis because of it. It's a mixed thing, I suppose, rather than simply a setback.⟧`,
        ],
      ],
      extras: [
        [
          `How do you think your experiences with your mother in particular affected you?`,
          `I think I learned from her that you can be tired and still be kind. I'm not always, {{laughs}} but I know what it looks like. And I think I learned to read people's moods very quickly, because I was always checking whether she had the energy for me. That's useful at work, I manage a team now. It can also be exhausting. I notice I do it with my husband sometimes, checking his face when he comes in, and he has to say "I'm fine, I'm just hungry".`,
        ],
      ],
    },
    {
      n: 11,
      answer: `Mum – I think she was doing two full-time jobs, the ward and us, and she was exhausted, and she still managed to be warm most of the time, which I find quite amazing now. Her own mum was a bit cold, from what she's told me, and I think she decided early on she'd be different, and she was. Dad is the harder one. His father was a very hard man, a miner before the pits closed, and Dad left school at fifteen and went straight into the depot. Nobody ever asked him how he felt about anything. So when I think about him saying "right" and handing my report back, I think he maybe didn't have anything else to give, not then. He's learned a bit since. We all have.`,
      extras: [
        [
          `Have you ever talked with them about that?`,
          `With Mum, yes, quite a lot, she's a talker. With Dad only once, really, properly, the night I'll tell you about when we talked about Gran. I asked him what his dad was like and he said, "you didn't want to be in the room when he came in". That was all, but it said a lot. I didn't push.`,
        ],
      ],
    },
    {
      n: 12,
      answer: `Gran, definitely – Dad's mum. She was practically a third parent, with Mum's shifts. She was brisk, no-nonsense, but you always knew where you stood with her. She taught me to knit and to play whist, and she'd tell me stories about Dad as a little boy, which helped, actually, because it made him seem more like a person. ⟦humour|Apparently he once sold the family's coal to the neighbours to buy a fishing rod, which I found very hard to imagine.⟧`,
      probes: [
        [
          `Anyone else?`,
          `A teacher at primary, Mr Ashdown-Frayne – I know, {{laughs}} what a name – who ran the library [inaudible 00:36:10] and used to save new books for me. And later on, my friend's mum, [FRIEND_MOTHER], whose house I practically lived in as a teenager. Her house was very loud and relaxed compared with ours, and she'd ask me what I thought about things, properly, as if I was a grown-up.`,
        ],
      ],
      extras: [
        [
          `What was it about your gran that made her so important?`,
          `She was constant. Mum's shifts changed every week and Dad was, well, Dad, but Gran was at her house or at ours and she was always the same. Same biscuits, same radio programme, same way of saying "now then" when you came in. If I'd had a bad day at school I'd sometimes go round there before going home, and she'd give me a job – sorting buttons, winding wool – and I'd end up telling her about it without meaning to. I think she knew exactly what she was doing. {{laughs}}`,
        ],
      ],
    },
    {
      n: 13,
      answer: `My grandad – Mum's dad – died when I was fifteen. And Gran, Dad's mum, died when I was twenty-six, just before my son was born, which was very hard.`,
      probes: [
        [
          `Could you tell me about your grandad first – the circumstances, and how you responded at the time?`,
          `He had a stroke. We weren't as close to him as to Gran, because he lived further away, in [TOWN_B], and he was quieter. We drove over to see him in the hospital and he couldn't really speak, and I remember not knowing what to do with my hands. He died about a week later. I went to the funeral. I was sad, but honestly I think I was more upset for Mum, because she was very upset, and I hadn't seen her cry like that before. I made her a lot of cups of tea, I remember. {{laughs}} That was my contribution.`,
        ],
        [
          `And your gran?`,
          `That was much harder. She'd been ill with her heart for a couple of years, so we knew it was coming, in a way, but you're never ready. I was eight months pregnant and I couldn't travel for the last week, so I didn't see her at the end, and that's something I was very upset about for a long time. Dad rang me from the hospital. I remember he said "she's gone, love", and his voice cracked – I'd never heard that before. (pause 5 sec) Sorry. It still gets me a bit.`,
        ],
        [
          `Take your time. How did you respond at the time, and how has it been since?`,
          `At the time I was in pieces, and it was all mixed up with the baby coming. I couldn't go to the funeral either, the baby was due any day. My husband went with my sister and recorded the eulogy on his phone so I could hear it. I felt guilty about not being there for a long time. What helped, actually, was talking to Dad about her, later, when my son was a few months old – he came to stay and we sat up and talked about her for hours, more than we'd ever talked. ⟦warmth.balanced_forgiving|I think losing her is partly what brought me and Dad closer, strangely. She'd have liked that.⟧ I still miss her. I think of her when I knit, which isn't often. {{laughs}}`,
        ],
        [
          `Did these losses have an effect on your adult personality?`,
          `Gran's death made me more aware that time's limited, I think, and made me make more of an effort with Dad. I don't think Grandad's death changed me much, to be honest – I was sad, but I didn't know him very well.`,
        ],
      ],
      extras: [
        [
          `Do you think about your gran much now?`,
          `Not every day. On her birthday, and at Christmas, because she always made the trifle and now I make it, badly. My daughter has her middle name. Sometimes I'll be doing something and I'll think, Gran would have had something to say about that, and I can almost hear what it would be. It's a warm feeling mostly now, not a sore one. It took a few years to get there.`,
        ],
      ],
    },
    {
      n: 14,
      answer: `(pause 7 sec) Not really, no. We were in a minor car accident when I was about twelve – somebody went into the back of us at a roundabout – and I remember being frightened, and Dad checking us both over in the back seat with his hands shaking. But everyone was fine. I wouldn't call it traumatic. It was scary for an afternoon.`,
      extras: [
        [
          `How were you afterwards?`,
          `Jumpy in the car for a few weeks. I remember flinching at roundabouts. Dad noticed – he drove very, very slowly for a while, which was unusual for him, and one day he said "it wasn't anybody's fault, you know, it's just what happens sometimes". It was a small thing, but it helped, and it's one of the few times I remember him talking to me about a feeling.`,
        ],
      ],
    },
    {
      n: 15,
      answer: `With Mum, it's gone from being mother and child to something more like friends, though she's still my mum – she'll still tell me to put a coat on. {{laughs}} With Dad it's changed a lot. We had a bad patch when I was sixteen, seventeen, where we barely spoke – I was stroppy, he was strict, we kept setting each other off. Then, as I said, the driving lessons, and then Gran dying, and then my kids. He is a completely different person with my children. He gets down on the floor with them. I sometimes watch him building Lego with my son and think, where was that when I was little? And then I think, well, it's here now.`,
      probes: [
        [
          `How do you feel about that, when you see him with your son?`,
          `Mixed. Mostly glad. There's a little bit of me that's jealous, I suppose – ⟦metacognition.monitoring|which sounds silly when I say it out loud, a grown woman jealous of her own son, but I think that's honestly what it is⟧. And then mostly it's just lovely. My son adores him.`,
        ],
      ],
      extras: [
        [
          `What was the bad patch like?`,
          `Doors slamming, mostly. {{laughs}} Me, not him. I'd say something sarcastic at tea, he'd tell me not to speak to my mother like that, I'd storm off. Looking back I was a fairly normal teenager and he was a fairly rigid dad, and we both dug in. Mum was stuck in the middle. I did apologise to her for that, years later. She said she'd forgotten, which I don't believe for a second.`,
        ],
        [
          `Was there a moment when you noticed things with your father had changed?`,
          `The day my son was born, when Dad came to the hospital. He held him and he cried, properly, in front of everyone, and then he said to me, "you did well, love". I'd been waiting for him to say something like that since I was about eight, and he said it in a maternity ward at two in the afternoon with a nurse trying to take my blood pressure. {{laughs}} I'll never forget it.`,
        ],
      ],
    },
    {
      n: 16,
      answer: `Good, I'd say. I talk to Mum a couple of times a week, usually when I'm driving home from work. Dad and I don't talk on the phone much – he hands the phone to Mum after about a minute, that hasn't changed – {{laughs}} but when we're together it's easy now. He comes round and fixes things in my house that don't need fixing. I've learned that's how he says he loves you.`,
      probes: [
        [
          `If you had to describe it in a word or two?`,
          `Easy, now. Affectionate, with Mum. Companionable, with Dad – we can sit in a room together without talking, and it doesn't feel like a wall any more. It feels restful. I don't know exactly when that changed, but it did.`,
        ],
      ],
      extras: [
        [
          `Are there any difficulties in the relationship now?`,
          `Small things. Mum can still be a bit much with the worrying, especially about the kids – she'll ring if it's snowing to check I'm not driving. And Dad doesn't like talking about anything serious on the phone, so if something's wrong I have to go over. But they're small. We're lucky, I think. I know people who don't speak to their parents at all.`,
        ],
        [
          `How often do you see them?`,
          `Most Sundays. They come to us or we go to them. Dad and my son have a standing arrangement to go and look at the trains on the bridge, which is funny, given we grew up two streets from the line and nobody ever looked at a train in our house. {{laughs}}`,
        ],
      ],
    },
    {
      n: 17,
      answer: `When I drop my daughter at school I sometimes get a pang, especially if she's clingy that morning, but it goes by the time I'm back at the car. I'm not a big worrier, less than Mum was. I worry about the normal things – roads, and when my son's old enough to go out on his own, that kind of thing. I try not to pass on the list of instructions. {{laughs}} I probably do a bit.`,
      probes: [
        [
          `Do you ever worry about them in a way that feels out of proportion?`,
          `Occasionally, at three in the morning, if one of them has a temperature. {{laughs}} I think every parent does. But in the daytime, no. I'd say I'm a fairly relaxed parent. My mum would be amazed to hear me say that, given where I got the worrying from.`,
        ],
      ],
      extras: [
        [
          `Have you ever been away from them overnight?`,
          `A couple of times, for work. The first time, when my son was two, I cried in the hotel room, I'm not ashamed to say. He was completely fine, of course. My husband sent me a photo of him eating spaghetti with his hands. Now it's easier, they're older, and we do a video call at bedtime.`,
        ],
      ],
    },
    {
      n: 18,
      answer: `That they're happy, obviously – that's the boring one but it's true. That they've got people around them they can be themselves with. And – um – that they feel they can come home, whatever happens, that they never feel they have to be perfect to be welcome. That's the one I'd pick if I only had one.`,
      extras: [
        [
          `Why that one, about coming home?`,
          `Because I think for a long time I felt I had to be good to be wanted, at least by Dad. I don't think that was his intention at all, but it's how it landed. I'd like mine never to have to wonder. Even if they've messed up – especially if they've messed up – I want the door to be open.`,
        ],
      ],
    },
    {
      n: 19,
      answer: `That people can change, I think. If you'd told me at sixteen that Dad and I would sit up half the night talking, I'd have laughed. And that you can love someone and still see their faults. I see Mum's worrying and Dad's silences quite clearly, and I love them both. ⟦warmth.balanced_forgiving|They got a lot right and some things wrong, same as I'm doing with mine.⟧`,
      extras: [
        [
          `Is there anything you've tried to do differently as a parent?`,
          `Talking. We talk about feelings in our house quite a lot, maybe too much, my husband jokes. {{laughs}} When my son's upset I try to name it for him – "you're disappointed", that kind of thing – which nobody did for me. And I try hard to look at the picture. You know. The picture.`,
        ],
      ],
    },
    {
      n: 20,
      answer: `That they were listened to. That they could show me the picture and I'd look at it. {{laughs}} I mean that literally – I try to look at every single drawing, even when I'm cooking. And that it's alright to be sad, and it's alright to be cross with me, and we'll still be okay afterwards.`,
      extras: [
        [
          `Do you think they'd say that's what they've learned?`,
          `Ask me in twenty years. {{laughs}} My son would probably say he's learned that I sing in the car and it's embarrassing. But I hope underneath that, yes. He does come and tell me things. Last week he told me he'd been left out at football, and he cried, and we sat on the stairs, and I thought, oh, here we are again, the stairs. Only this time I'm the one on the step below.`,
        ],
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
  contains: ['SYNTHETIC – NOT REAL DATA', 'hide-and-seek', '{{laughs}}', '(pause 8 sec)', "(I: that's five)"],
};

// --- SYN-0202, Ds1: dismissing, idealising -------------------------------------------------------
// Glowing adjectives the memories never support (or contradict), insistence on lack of recall,
// normalising of harsh experience, brief answers and moves to impersonal topics; derogation low.

const DS1: Prototype = {
  id: 'SYN-0202',
  slug: 'syn-0202-ds1',
  seed: 202,
  description:
    'Prototype Ds1 (dismissing, idealising): unsupported positive adjectives, insistence on lack of recall, normalising, low derogation',
  interviewer: 'INT-D',
  date: '2026-04-21',
  opening: [
    `Thanks for making the time. I'll be asking about your childhood and your relationships with your parents, and a bit about how you see things now. It usually takes about an hour. Some questions will ask you for specific memories, and some may seem to repeat earlier ones – that's just how the interview is designed. If you need a break at any point, just say. Shall we start?`,
    `Sure. Fire away. I've got a hard stop at four, I'm afraid, I've got a call. (I: that should be fine) Great.`,
  ],
  questions: [
    {
      n: 1,
      answer: `Right. Me, my parents, and my younger brother, [SIBLING_1]. We lived in [TOWN_A], a detached place on the edge of town, quite a big garden. Dad was an engineer, he worked for a firm that built pumping stations, so he was away a fair bit on sites, here and abroad. Mum didn't work, she ran the house. Then I went to boarding school at eight, so from then on I was only home in the holidays.`,
      probes: [
        [
          `Did you move house at all?`,
          `No. Same house until I left. They're still there, actually, Mum and Dad. Same house.`,
        ],
        [
          `What was [TOWN_A] like as a place to grow up?`,
          `Quiet. Market town, farming mostly, a bit of light industry on the ring road. One high street, two pubs, a Woolworths. Everybody drove everywhere. It's changed a lot now, there's a big estate where the fields were, behind our house. Mum and Dad fought the planning application for years. They lost. {{laughs}} Dad wrote about forty letters to the council, all typed, all filed in a lever-arch file. That's the kind of man he is.`,
        ],
        [
          `Did anyone else live with you?`,
          `No. Just the four of us. We had a cleaner who came in twice a week, Mrs Oddlington, but she didn't live in.`,
        ],
      ],
      extras: [
        [
          `What was the house like?`,
          `Big. Four bedrooms, a study for Dad, a double garage. Dad built an extension when I was about ten – did a lot of it himself at weekends when he was home, the wiring, the plumbing. Very capable man. The garden backed onto fields, so we had a lot of space to run about. It was a good place to grow up, objectively. A lot of kids would have given their right arm for it.`,
        ],
        [
          `And your brother – how much younger is he?`,
          `Three years. [SIBLING_1]. He followed me to the same school. He's in finance now, in the city. We get on fine. We're not in each other's pockets, but we get on.`,
        ],
        [
          `What did your father's job involve, exactly?`,
          `Pumping stations, water treatment, that sort of thing. Big civil engineering projects. He was a project engineer and then a project director. He'd be responsible for the whole site, hundreds of men, millions of pounds. He was very good at it. He got an award from the institution when he retired, there was a dinner in London. I went to that, actually, with my wife. Very proud moment for him. They read out a list of everything he'd built and it went on for about ten minutes.`,
        ],
        [
          `What was a typical day like at home, before you went away to school?`,
          `Breakfast at seven, school, back at four, homework at the kitchen table, tea at six, bed at seven. Very regular. Mum was very keen on routine. Dad wasn't there a lot of the time, and when he was he was in the study with the door shut. It was a well-run house. You knew where you were.`,
        ],
        [
          `And your mother – how did she spend her days?`,
          `Running the house. The garden – she was a keen gardener, she won prizes at the village show for her dahlias. Bridge on Tuesdays and Thursdays. The church flowers. She was on a lot of committees. She was always busy with something.`,
        ],
      ],
    },
    {
      n: 2,
      answer: `Good. It was a good relationship. Very normal. ⟦quality.unsupported_generalization|We were a very close family, always have been, and I had a very happy childhood.⟧ I don't really know what else to say about it. It was fine.`,
      probes: [
        [
          `Could you tell me a bit more? Going back as early as you can remember?`,
          `⟦lack_of_recall.insistence|Honestly, I don't remember much from when I was little. I don't think anyone does, really. It's a bit of a blank before school.⟧`,
        ],
        [
          `Anything at all, even a small thing?`,
          `(pause 6 sec) Not really. I know we had a swing in the garden. I know that from photos. No, I can't say I remember anything in particular.`,
        ],
        [
          `What's your earliest memory, would you say?`,
          `The swing, probably. Or the photo of the swing. {{laughs}} I genuinely couldn't tell you. Maybe the dog – we had a Labrador called Major until I was about six. I remember him being put down. No, I remember being told he'd gone to live on a farm. Same thing. {{laughs}}`,
        ],
        [
          `When you say you were a very close family, what comes to mind?`,
          `Just that we were close. We did things together. Sunday lunch, the holidays. We were close. I don't know how else to describe it, really. It's hard to put into words, it's just something you know.`,
        ],
        [
          `What was your mother like with you when you were small – before school, say?`,
          `Organised. Very capable. The house ran like clockwork. She had lists for everything. {{laughs}} She still does. I think I get my organisational side from her, if I'm honest. I'm the same at work, everything in a spreadsheet.`,
        ],
      ],
      extras: [
        [
          `Do you remember your first day at the village school?`,
          `No. I know Mum took me, because she said so. I don't remember it myself. I remember the building. Red brick, a bell on the roof. The headmistress was a Miss Quillfeather, she had a cane in the cupboard she never used. That's about all.`,
        ],
        [
          `What about before boarding school, between five and eight?`,
          `Primary school, the village one. I was good at sport, I remember that. Sports day, I won most things. That's about it. It was all very normal.`,
        ],
        [
          `What were the family holidays like?`,
          `Spain, every summer, from when I was about nine. A villa near the coast with a pool. Two weeks. Dad would read by the pool, Mum would sit in the shade, my brother and I were in the water from morning to night. One year I swam a mile in the pool, sixty-four lengths, and Dad counted them. I remember that. He made me a medal out of a bottle top. {{laughs}} I think that's when I got into endurance stuff, actually.`,
        ],
      ],
    },
    {
      n: 3,
      answer: `Okay. Mum. ⟦idealization.unsupported_adjective|Wonderful. Very loving.⟧ Supportive. Normal. And... caring. She was a great mum.`,
      probes: [
        [
          `You said wonderful. Can you think of a memory or an incident that would show me why you chose wonderful?`,
          `Well, she was just a wonderful mum. She did everything for us. The house was always immaculate, meals on the table, our uniforms laid out. ⟦idealization.unsupported_adjective|She was just wonderful, I don't know how else to put it.⟧`,
        ],
        [
          `Is there a specific time that comes to mind?`,
          `(pause 5 sec) Not a specific time, no. It was more general. She was always there, running things. Everything was just very well organised.`,
        ],
        [
          `And very loving – can you think of a memory of that?`,
          `⟦lack_of_recall.insistence|I can't think of a particular one, no. I just know she was. I don't really remember specific things, I'm not one of those people with a memory for that sort of thing.⟧`,
        ],
        [
          `Supportive?`,
          `She came to my school matches when she could. Well – not that often, it was a long drive, and she didn't like driving on the motorway. But she'd ask how they'd gone, in the holidays. She was always interested.`,
        ],
        [
          `Normal?`,
          `Just a normal mum. Nothing out of the ordinary. I don't know what you want me to say to that one. {{laughs}} She was normal.`,
        ],
        [
          `And caring – is there a memory that comes to mind for caring?`,
          `Yes. If you were ill you'd be put to bed, and she'd bring you your meals on a tray. ⟦semantic_episodic.contradiction|She'd leave the tray outside the bedroom door and knock, so she didn't catch anything. You'd hear her go back downstairs.⟧ Very caring. Everything you needed.`,
        ],
        [
          `How did you feel about the tray being left outside the door?`,
          `Fine. It was sensible. You didn't want the whole house going down with flu, with Dad needing to be at work. I'd hear the knock, wait for her to go, and get the tray in. Soup, usually, and toast cut into soldiers. She made very good soup.`,
        ],
      ],
      extras: [
        [
          `Did she come in and sit with you when you were ill?`,
          `No, no. She had the house to run. And you don't want to spread things about, do you. I was fine on my own, I'd read my Biggles books. I liked being left to it, to be honest.`,
        ],
        [
          `If we could go back to wonderful for a moment – is there anything at all, any one moment, that made you feel she was wonderful?`,
          `⟦lack_of_recall.insistence|Look, I've said, I don't remember specific moments. It's a general impression. She was a wonderful mother, ask anyone.⟧ Everyone in the village would tell you the same.`,
        ],
        [
          `You said supportive – can you think of a specific time she supported you?`,
          `(pause 7 sec) When I got into the first fifteen she sent a card. With a rugby ball on it, I think. That was nice of her. She didn't come to the match, it was away, up north somewhere. But she sent the card.`,
        ],
      ],
    },
    {
      n: 4,
      answer: `Dad. Strong. Hardworking. Fair. A good provider. Solid. Those are the five.`,
      probes: [
        [
          `Strong – can you think of a memory that illustrates that?`,
          `He was just a strong character. Everyone respected him. He didn't take any nonsense. If he said something, that was it. People at work would have said the same.`,
        ],
        [`Can you think of a particular incident with you, as a child?`, `⟦quantity.too_little|Not offhand. No.⟧`],
        [
          `Hardworking?`,
          `Always working. Up at five, out of the house by six when he was home, and away on sites for weeks at a time. One year he was in the Gulf for most of it, building a desalination plant. He'd bring us back things – a brass coffee pot once, I think we've still got it. He worked incredibly hard for us. That's where I get it from.`,
        ],
        [
          `What was it like when he came back from the Gulf?`,
          `He'd lost a lot of weight and he was very brown. {{laughs}} He brought back the coffee pot and a model of a dhow for my brother. I think I got a watch. He was tired for a few weeks. Then he went off again, to Scotland I think, a reservoir job. That was normal.`,
        ],
        [
          `And fair?`,
          `He was strict but fair. ⟦normalizing_or_minimizing|If you did something wrong you got the belt, and you knew you'd deserved it. That's just how it was then, everybody's dad did it. It never did me any harm.⟧`,
        ],
        [
          `Can you remember a particular time?`,
          `(pause 4 sec) Not really. It wasn't often. It wasn't a big thing. ⟦collaboration.refuses_or_deflects|I don't really see the point of going over that, to be honest, it was a long time ago and it was completely normal.⟧`,
        ],
        [
          `A good provider?`,
          `We never wanted for anything. Good school, holidays every year, Spain, a villa with a pool. Nice cars. He provided very well for us.`,
        ],
        [`And solid?`, `Just – solid. You could rely on him. He was the same every day. Nothing fazed him.`],
        [
          `Looking back, is there any memory of you and him together from when you were small?`,
          `⟦lack_of_recall.insistence|No, nothing specific. I've told you, I don't really do memories.⟧ {{laughs}} He was away a lot. When he was home he was tired. It was fine.`,
        ],
      ],
      extras: [
        [
          `What was it like when he came home from being away?`,
          `Normal. He'd come in, have his tea, read the paper. There wasn't a big fuss. We weren't a family for big fusses. He'd maybe ask how school was going. Then back to work on the Monday.`,
        ],
        [
          `What did you and your father do together when he was home?`,
          `Rugby on the television. The odd job in the garage – he'd let me hold the torch. {{laughs}} He was very particular about his tools, everything had its outline drawn on the board so you knew where it went back. If you put a spanner back in the wrong place you'd hear about it. He's still like that. Very precise man.`,
        ],
        [
          `How did you feel about him being away so much?`,
          `I didn't feel anything about it. That was his job. Lots of dads were away. ⟦normalizing_or_minimizing|You don't miss what you're used to.⟧`,
        ],
      ],
    },
    {
      n: 5,
      answer: `Neither, really. I was close to both of them. Equally. {{laughs}} I was away at school most of the time, so it's not really the same as if you're at home.`,
      probes: [
        [
          `If you had to choose one?`,
          `Dad, maybe, because we both like sport. We'd watch the rugby together in the holidays. But it's not really about being closer. They were both good parents.`,
        ],
      ],
      extras: [
        [
          `Why do you say it's not really about being closer?`,
          `Because it's a bit of a false question, isn't it. You don't rank your parents. They had different jobs in the family. Dad earned the money, Mum ran the house. You don't feel closer to one or the other, they're just your parents.`,
        ],
        [
          `And with your mother – was there a feeling of closeness?`,
          `Yes, of course. She's my mum. We just didn't go in for a lot of hugging and so on. Not that sort of family. I don't think that makes you any less close.`,
        ],
      ],
    },
    {
      n: 6,
      answer: `⟦normalizing_or_minimizing|I don't think I really got upset. I wasn't that kind of kid. You just got on with things.⟧`,
      probes: [
        [
          `Can you think of any time you were upset, even a small one?`,
          `⟦lack_of_recall.insistence|No. Genuinely, nothing comes to mind. I don't remember ever being upset, particularly.⟧`,
        ],
        [
          `What about when you were hurt physically?`,
          `I broke my collarbone when I was seven, climbing on the garage roof. Slipped off the gutter. I walked home – well, I was in the garden, I walked back to the house – and sat in the kitchen. Mum was out at her bridge afternoon. I sat there until Dad got in at about seven and he took me to the hospital. It was fine. It healed fine.`,
        ],
        [
          `How long were you waiting in the kitchen?`,
          `A few hours, I suppose. Three or four. I don't know. It's not a big deal. I wasn't bothered. I had a book.`,
        ],
        [
          `And when you were ill?`,
          `Bed, and the tray, like I said. Mum was very good about that. You weren't allowed downstairs till your temperature was down. Very sensible.`,
        ],
        [
          `Who did you go to, if you needed someone?`,
          `Nobody, really. I didn't need to. I'd sort it out. If it was something practical I might ask Dad when he was home. But I was a very self-sufficient kid. Mum always said I was no trouble. That was her phrase. "He's no trouble, that one."`,
        ],
      ],
      extras: [
        [
          `Do you remember how you felt, sitting in the kitchen with the collarbone?`,
          `No. I don't. Bored, probably. I'd have read my book. I honestly can't tell you. It was thirty-odd years ago.`,
        ],
        [
          `Did you tell anyone when you were upset at school?`,
          `No. You didn't, at that school. Nobody did. If you had a problem you sorted it out yourself. It's a good lesson, actually. I think a lot of young people nowadays could do with a bit of that – they want to talk about everything.`,
        ],
        [
          `What did your parents say about the collarbone afterwards?`,
          `Dad said I was a brave lad for not making a fuss. Mum said I shouldn't have been on the roof. Which was fair. I wasn't allowed on the roof. {{laughs}} That was the end of it.`,
        ],
      ],
    },
    {
      n: 7,
      answer: `Boarding school, at eight. ⟦normalizing_or_minimizing|Best thing that ever happened to me. It taught me to stand on my own two feet.⟧ Some of the boys cried for the first few weeks but I wasn't one of them. I took to it straight away.`,
      probes: [
        [
          `Can you remember the day you went?`,
          `Not much. Dad drove me. I remember the trunk, it had my initials on it. And the dormitory, twelve beds, iron frames. ⟦lack_of_recall.insistence|After that I don't really remember, it's all a bit of a blur, the first year.⟧`,
        ],
        [
          `How did your parents respond?`,
          `Fine. Dad shook my hand at the door and said to work hard. Mum didn't come, she had one of her heads. It was all very normal, everyone went off to school at that age, where we lived.`,
        ],
        [
          `What was the dormitory like at night?`,
          `Cold. {{laughs}} They didn't believe in heating. Twelve boys, a prefect at the end, lights out at nine. You weren't allowed to talk. Some of the younger ones used to cry, you'd hear them, and the prefect would tell them to shut up. You learned pretty fast not to.`,
        ],
        [
          `And how were you in that first term?`,
          `Fine. ⟦semantic_episodic.contradiction|I wet the bed for a few weeks, matron had a word with me about it, and I used to hide in the boot room after lights out. But that's kids, isn't it. I was absolutely fine.⟧`,
        ],
        [
          `Were you ever homesick later on, at school?`,
          `⟦lack_of_recall.insistence|I don't remember being homesick, no. If I was, I don't remember it.⟧ I had my friends, I had sport. There wasn't time.`,
        ],
      ],
      extras: [
        [
          `What was the school like?`,
          `Very good academically. Very strong on sport, rugby in the winter, cricket in the summer. I was in the first fifteen by the time I was in the fourth year. We had a very good coach, ex-army, very tough, you didn't mess him about. A lot of what I know about leadership I learned on that pitch, honestly. You learn that if you go into a tackle half-hearted, you get hurt. Same in business.`,
        ],
        [
          `Did you write home?`,
          `We had to, on Sundays. It was compulsory. One side of paper. Everyone wrote the same thing – weather, matches, food. Mum wrote back every couple of weeks, news about the garden, the neighbours. Dad added a line at the bottom sometimes.`,
        ],
        [
          `Did you look forward to going home for the holidays?`,
          `I suppose so. It was nice to have my own room. But I was always quite keen to get back by the end, to be honest. There was more going on at school. At home it was quiet. Dad was away and Mum had her things.`,
        ],
        [
          `What happened with the bed-wetting?`,
          `It stopped. Matron put a rubber sheet on and it stopped after a few weeks. I don't know why it's even worth mentioning. Lots of boys had it.`,
        ],
      ],
    },
    {
      n: 8,
      answer: `⟦quantity.too_little|No. Never. Nothing like that.⟧`,
      probes: [
        [
          `Not even once, maybe something small that felt like rejection at the time?`,
          `No. I can't think of anything. We weren't that kind of family. Everyone was treated the same.`,
        ],
        [
          `What about the times your mother went quiet and didn't speak to you – how was that?`,
          `That wasn't rejection. That was discipline. You'd done something wrong and you knew it. She'd be back to normal the next day. Completely normal. I don't know why you'd call that rejection.`,
        ],
      ],
      extras: [
        [
          `Did your brother have the same experience, as far as you know?`,
          `I'd imagine so. We've never discussed it. It's not something we'd talk about. He seems fine, he's done very well.`,
        ],
        [
          `What about when your father was away – did you ever feel left out of his life?`,
          `No. Why would I? He was working. He wasn't leaving us out of anything, he was paying for everything.`,
        ],
      ],
    },
    {
      n: 9,
      answer: `No. Well, there was the belt, like I said. Dad kept it on the back of the kitchen door. We all knew it was there. He used it when it was deserved. That's discipline, though, it's not threatening. Completely different thing.`,
      probes: [
        [
          `Was there anything you would think of as abuse, inside the family or outside it?`,
          `No. Nothing like that. There were a few older boys at school who were a bit rough with the younger ones, the usual, fagging and so on, but it toughened you up. Nobody was abused. That's a very strong word.`,
        ],
      ],
      extras: [
        [
          `Did your mother ever discipline you?`,
          `Not physically. She'd tell Dad when he got home. Or she'd go quiet. She had a way of not speaking to you for the rest of the day if you'd upset her. It was effective. {{laughs}} You didn't do it again.`,
        ],
        [
          `How often did your father use the belt?`,
          `Not often. A handful of times. Maybe more for my brother, he was cheekier. I don't remember the details. It's not something I've thought about, and I don't really see why I would.`,
        ],
        [
          `How did you feel afterwards, when it happened?`,
          `You felt you'd been punished, which was the point. And then it was over. There was no sulking. Dad didn't hold grudges, it was done and dusted. In a way that's better than what people do now, going on and on about things.`,
        ],
      ],
    },
    {
      n: 10,
      answer: `I don't think it affected me, really. I'm my own person. I've made my own decisions all my life. If anything it made me independent, which has been very useful. I run a team of forty people, I don't need anyone holding my hand.`,
      probes: [
        [
          `You said it made you independent. Could you say more about that?`,
          `I don't rely on people. If something needs doing I do it. At work I'm known for it – give it to him, he'll sort it. At home, same. My wife says I find it hard to ask for help. {{laughs}} I don't think that's a bad thing. Asking for help is usually a waste of time, in my experience. Quicker to do it yourself.`,
        ],
        [
          `Could you say a bit more about your work?`,
          `⟦relation.off_topic|I'm operations director for a logistics company. Forty people directly, about three hundred across the sites. We did a big restructure two years ago, consolidated three warehouses into one, new automated sortation, and we brought the cost per parcel down by eighteen per cent [inaudible 00:24:51] in the first year. That's the sort of thing I'm good at. Cutting through it. Making decisions. A lot of people get bogged down in feelings about change and I just don't.⟧`,
        ],
        [`Is there anything you would see as a setback?`, `No. Nothing. I've done well. I wouldn't change anything.`],
      ],
      extras: [
        [
          `How do you think your relationship with your mother affected you?`,
          `I don't think it did, particularly. I mean, I'm organised, like her. I'm not much of a talker. Neither is she, really, about personal things. But I wouldn't say that was an effect. That's just personality.`,
        ],
        [
          `How do you spend time outside work?`,
          `Running, mainly. I've done eleven marathons. My best is three hours four, I'd like to get under three before I'm forty-five. I'm up at half five most days, ten miles before work. It clears the head. I'm not really one for sitting around.`,
        ],
        [
          `Are there ways you're like your father?`,
          `Lots. Hardworking, practical, don't suffer fools. My wife says I'm turning into him. She doesn't always mean it as a compliment. {{laughs}} But I take it as one.`,
        ],
        [
          `Do you think boarding school affected you?`,
          `Only in good ways. Confidence, independence, discipline, the friendships. Two of the guys from my house are still my closest mates. We do a charity ride every year, London to Brighton and back in one day. That's a hundred and twenty miles. Last year we raised eleven thousand pounds for the hospice. That's the kind of people it produces.`,
        ],
      ],
    },
    {
      n: 11,
      answer: `They were just normal parents. That's what parents did in those days. ⟦collaboration.refuses_or_deflects|I don't really go in for analysing it, to be honest. They did their best, they did a good job, end of story.⟧`,
      probes: [
        [
          `What about your father's strictness – why do you think he was like that?`,
          `He was brought up the same way. His father was in the navy. It was a different generation. There's nothing to explain, really, it was just normal.`,
        ],
        [
          `Do you think his own upbringing affected how he was with you?`,
          `Probably. I don't know. He doesn't talk about it. But I don't see that it matters. He turned out fine. I turned out fine. That's the proof, isn't it.`,
        ],
      ],
      extras: [
        [
          `Have you ever talked to them about your childhood?`,
          `No. Why would we? There's nothing to talk about. It was a normal childhood. My wife's family are always raking over the past, who said what at some wedding in 1987. Ours isn't like that, thank God.`,
        ],
        [
          `And your mother – why do you think she was the way she was?`,
          `She was a very practical woman. Her own mother was the same, apparently – Scottish, very proper. Mum liked things done properly. I don't think there's anything to explain. She was a good mum. She did everything right.`,
        ],
      ],
    },
    {
      n: 12,
      answer: `Not really. I suppose my housemaster, Mr Thornbury-Vale, was a decent bloke. He run {{sic}} the house well. Very fair. But I wouldn't say close. You weren't close to masters.`,
      probes: [
        [
          `What made him a decent bloke?`,
          `He was fair. He'd listen to both sides if there was a fight. He didn't have favourites. And he let the sixth form run the house, within limits, which taught you responsibility. I was head of house in my last year. He wrote me a good reference for university.`,
        ],
        [
          `Any relatives – grandparents, aunts or uncles?`,
          `My grandfather, Dad's dad, the navy one. We'd see him at Christmas. He taught me to play chess. He was quite a stern old boy, but I liked him. He died when I was ten.`,
        ],
      ],
      extras: [
        [
          `Tell me a little more about your grandfather.`,
          `Big man, commander in the navy during the war. He had a telescope in his front room and he'd let me look at the ships in the estuary. He played chess like it was a battle, he'd never let you win. I beat him once when I was nine and he shook my hand very seriously and said "well played". I suppose that stuck with me. I liked that he didn't go easy on you.`,
        ],
        [
          `What about your mother's side of the family?`,
          `Scottish, mostly. We went up once or twice when I was small. Big cold house. Granny didn't like children much, I don't think. We were told to sit still. I don't remember much else about it.`,
        ],
        [
          `Was there anyone at school you could talk to?`,
          `There was a chaplain, people went to him sometimes. Not me. I had my mates. We talked about rugby and girls, mostly, not feelings. {{laughs}} Boys don't, do they. Or didn't, anyway.`,
        ],
      ],
    },
    {
      n: 13,
      answer: `My grandfather, like I said, when I was ten. And Mum's mother when I was in my twenties, but I didn't really know her, she lived in Scotland.`,
      probes: [
        [
          `Could you tell me about your grandfather's death – the circumstances, and how you responded?`,
          `He had a heart attack. He was seventy-eight, so, you know. It wasn't a shock. I was at school. They told me at half-term, when I got home. ⟦normalizing_or_minimizing|I didn't go to the funeral, I had a match that weekend. He was old. These things happen, you move on.⟧`,
        ],
        [
          `How did you feel at the time?`,
          `⟦lack_of_recall.insistence|I don't remember feeling anything much, really. I honestly can't remember.⟧ I was ten. I probably just got on with it.`,
        ],
        [
          `Did it have an effect on you, do you think?`,
          `No. Not really. He was my grandfather, not my dad. I'm sure Dad was upset but he didn't show it. That's the right way to be, I think. You don't make a song and dance.`,
        ],
        [
          `Do you know what the funeral was like?`,
          `No idea. I wasn't there and I never asked. I assume it was a navy sort of thing, flags and so on. Dad didn't talk about it. We had a match against [SCHOOL_B] that Saturday and we won, twenty-eight points to six. I scored twice. {{laughs}} Funny what sticks.`,
        ],
        [
          `And your mother's mother?`,
          `Same really. Old age. I sent flowers. I was working abroad at the time, so I didn't go up for it. Mum went up on the train.`,
        ],
        [
          `Did you talk about your grandfather's death with anyone at the time?`,
          `No. Not really. Dad mentioned at the dinner table that the house was being sold. I think I asked if I could have the telescope. I didn't get it. {{laughs}} My uncle had it. Anyway.`,
        ],
      ],
      extras: [
        [
          `Was there anything that helped you at the time, with your grandfather?`,
          `Nothing needed helping. I was at school, there was a lot going on. Rugby, exams. You don't sit around thinking about it. I think that's the healthy way, personally.`,
        ],
      ],
    },
    {
      n: 14,
      answer: `No. ⟦quantity.too_little|Nothing like that. No.⟧`,
      probes: [
        [
          `You mentioned fagging earlier – what was that like?`,
          `Running errands for the older boys. Toast, shoes, that sort of thing. Some of them were decent about it, some weren't. One lad used to make us stand in the corridor in our pyjamas till he'd checked our shoes. It was just the system. I did the same to the younger boys when I was older, everybody did. Nobody thought twice about it.`,
        ],
      ],
      extras: [
        [
          `Nothing that frightened you, as a child or later?`,
          `I had a bad crash on the bike once, a road bike, in my thirties. A van clipped me. Broke my wrist. But it wasn't frightening. You just pick yourself up. I was back on the bike in six weeks.`,
        ],
        [
          `Anything at school that was frightening?`,
          `The initiations, maybe, the first week. They'd lock the new boys in the drying room for an hour. It was hot and dark and a couple of boys panicked. I didn't. It was a bit of a laugh, really, looking back. Character building.`,
        ],
        [
          `What happened with the van?`,
          `Wet morning, roundabout, he didn't see me. I went over the bonnet and landed on my hand. The van driver was in a worse state than I was, he was shaking. I told him not to worry, gave him my details and rode to the hospital myself with my wrist strapped up with a sock. The doctor said I was mad. {{laughs}} I was at work the next day.`,
        ],
      ],
    },
    {
      n: 15,
      answer: `Not really. It's the same as it's always been. A good relationship. We're just not a family that lives in each other's pockets.`,
      probes: [
        [
          `Has anything changed since you became a parent yourself?`,
          `Not really. Mum loves the grandson, obviously. She's more hands-on with him than she ever was with us, funnily enough. {{laughs}} Must be the age. Dad's the same as ever.`,
        ],
      ],
      extras: [
        [
          `Do your parents help with your son?`,
          `Mum has him for a week in the summer. She takes him to the same beach we used to go to before the Spain years. She's very good with him. Dad teaches him chess, the way his father taught me. He lets him win, though. {{laughs}} He never let me win. Getting soft in his old age.`,
        ],
        [
          `What was the relationship like when you were a teenager?`,
          `Fine. I was away most of the time. In the holidays I had a job at the garage in the village, so I was out of the house a lot. I'd saved up for a car by seventeen. A Golf, a red one, second-hand, and I did it up myself. Dad was impressed with that, I think. He checked the brake pads and said they'd do.`,
        ],
        [
          `And when you left school – how was that with your parents?`,
          `Fine. I went to university in [CITY_A], engineering, like Dad, though I switched to management later. They drove me up the first time. Mum had packed everything into labelled boxes. Dad checked the fire exits in the halls. {{laughs}} Then they drove home. I came back at Christmas. That was it.`,
        ],
      ],
    },
    {
      n: 16,
      answer: `Good. I ring Mum on her birthday, and on Mother's Day. We go over at Christmas. Dad's had his knee done, so he's a bit slower, but he's fine. It's a good relationship.`,
      probes: [
        [
          `What do you talk about when you ring your mother?`,
          `Arrangements, mostly. When we're coming, what the grandson wants for his birthday. How Dad's knee is. She'll tell me about the garden. Ten minutes, fifteen. It's fine. Neither of us is a phone person.`,
        ],
        [
          `What do you do when you visit at Christmas?`,
          `The usual. Church on Christmas morning, Mum's very keen on that. Lunch at two. The King's speech. Dad carves. Everybody goes for a walk. Then the grandson opens too many presents. It's very traditional. It's nice. It's the same every year, and that's the point.`,
        ],
        [
          `How often do you see them?`,
          `A few times a year. They're two hours away. My wife takes our son over more than I do, I'm usually working. It works well.`,
        ],
      ],
      extras: [
        [
          `Do you talk about anything personal with them?`,
          `Not really. Work, the car, the grandson. Dad and I talk about the rugby. That's enough, isn't it. I don't think you need to be discussing feelings with your parents at my age.`,
        ],
        [
          `How is your father's health now?`,
          `Fine. The knee was a routine thing. He was back in the garden in a month. He's very fit for his age, he still walks five miles a day. Mum's fine too. She's slowing down a bit, she's given up the bridge. But they're both fine. They manage.`,
        ],
        [`Is there anything you'd change about the relationship now?`, `No. It works. Why fix what isn't broken.`],
      ],
    },
    {
      n: 17,
      answer: `I don't really worry. He's fine. He's seven. He's a bit soft, to be honest, he gets that from his mother, she babies him. He could do with toughening up a bit.`,
      probes: [
        [
          `How does he respond when you go away?`,
          `He cries sometimes if I'm away for a week with work. I tell him big boys don't make a fuss and he'll see me on Friday. And he does. He's fine once I've gone.`,
        ],
        [
          `What was it like when he was a baby and you went back to work?`,
          `I went back after two weeks. That's what you did. My wife had him. I was doing a big contract at the time, the Midlands hub, we were on a deadline. I'd get home at nine and he'd be asleep. It was fine. He didn't know any different.`,
        ],
        [
          `And how do you feel when you leave him?`,
          `Fine. It's part of life. I don't dwell on it. I've got a job to do.`,
        ],
      ],
      extras: [
        [
          `Have you thought about boarding school for him?`,
          `We've discussed it. My wife's against it. I think it would be the making of him, personally. But we'll see. It's a lot of money, and the schools aren't what they were.`,
        ],
        [
          `Do you ever worry about something happening to him?`,
          `No. Not really. I mean, you take sensible precautions. Car seat, helmet on the bike. But I don't lie awake worrying. That doesn't help anybody.`,
        ],
        [
          `What's your son like?`,
          `Bright. Good at maths. Not as sporty as I'd like, but we're working on it, I've got him doing junior parkrun on Saturdays. He's got his mother's temperament, he gets upset easily. ⟦semantic_episodic.contradiction|He'll grow out of it. I did.⟧`,
        ],
      ],
    },
    {
      n: 18,
      answer: `A good job. Financial security. And to be healthy. That's about it really.`,
      probes: [
        [
          `Anything else?`,
          `To be independent. Not to need anybody. That's the main thing, I suppose, if I had to choose.`,
        ],
      ],
      extras: [
        [
          `And what about his relationships – friends, a family of his own?`,
          `If he wants. That's up to him. As long as he can support them. I wouldn't want him depending on anyone, or anyone depending on him that he can't look after.`,
        ],
        [
          `Going back to your three wishes – why those?`,
          `Because they're what matters. If you've got a good job and money in the bank and your health, you can deal with anything else. Everything else is a bonus.`,
        ],
      ],
    },
    {
      n: 19,
      answer: `Independence. Standing on your own two feet. Not relying on anyone else to sort your problems out. That's stood me in very good stead.`,
      probes: [
        [
          `Where do you think you learned that most?`,
          `School, I suppose, more than at home. But home too. Nobody did things for you in our house, you did them yourself. I was making my own packed lunch at six. {{laughs}} Mum would inspect it.`,
        ],
      ],
      extras: [
        [
          `Anything from your parents in particular?`,
          `Hard work. From Dad. You get out what you put in. Mum – I don't know, keeping things in order, maybe. Keeping the show on the road. They were good parents. I've said that.`,
        ],
        [
          `How do you think your parents would answer that question?`,
          `They'd probably say the same. Hard work. Dad would, anyway. Mum would say "manners". {{laughs}} She was very hot on manners.`,
        ],
        [
          `Is there anything you'd want to do differently from your parents?`,
          `Not really. Maybe be around a bit more than Dad was, but that's the job. I'm away less than he was. I'd say I'm doing roughly what they did, and it worked.`,
        ],
        [
          `Did anything in your childhood teach you something you'd rather not pass on?`,
          `No. I can't think of anything. It was a good childhood. I keep saying. {{laughs}}`,
        ],
      ],
    },
    {
      n: 20,
      answer: `The same, really. Hard work, independence. That you get out what you put in. And that life isn't always fair and you just get on with it.`,
      extras: [
        [
          `Do you think he's learning those things?`,
          `Slowly. {{laughs}} He still comes running to me when he falls over. I tell him to dust himself off. He'll get there.`,
        ],
        [
          `Anything else you'd hope he learns from you?`,
          `To finish what he starts. I'm very keen on that. If he signs up for something, he sees it through. He wanted to give up swimming lessons last term and I said no, you've started, you finish the term. He cried about it. But he finished. And he got his badge. That's the lesson.`,
        ],
      ],
    },
  ],
  closing: [
    `That's the end of the interview. Thank you for your time. Is there anything you'd like to add?`,
    `No, I think that's everything. It's not been as bad as I thought. {{laughs}} I'm not sure how useful I've been, I don't really remember much. Bit of a strange experience, talking about all that. I can't say I've thought about most of it in years, and I'm not sure I'll think about it again, no offence. But there you go. Right, I'd better get on that call.`,
  ],
  classification: { primary: 'Ds', subtype: 'Ds1' },
  scales: {
    'exp.loving|mother': [2, 4],
    'exp.loving|father': [2, 4],
    'exp.rejecting|mother': [5, 7],
    'exp.rejecting|father': [5, 7],
    'exp.neglecting|mother': [4, 6],
    'exp.pressure|father': [5, 7],
    'som.idealization|mother': [6, 8],
    'som.idealization|father': [5, 7],
    'som.involving_anger|mother': [1, 2],
    'som.involving_anger|father': [1, 2],
    'som.derogation|mother': [1, 2],
    'som.derogation|father': [1, 2],
    'som.derogation_attachment|transcript': [1, 3],
    'som.lack_of_recall|transcript': [6, 8],
    'som.metacognitive|transcript': [1, 2],
    'som.passivity|transcript': [1, 2],
    'coh.transcript|transcript': [2, 4],
    'coh.mind|transcript': [2, 4],
    'unres.loss|event:loss-1': [1, 2],
  },
  events: [{ id: 'loss-1', kind: 'loss', who: 'paternal grandfather', speakerAge: '10' }],
  contains: ['SYNTHETIC – NOT REAL DATA', 'Mr Thornbury-Vale', '(pause 6 sec)'],
};

// --- SYN-0203, E2: preoccupied, angry/conflicted ---------------------------------------------------
// Involving anger at the mother in long run-on turns, present-tense address to her, present-day
// grievances, a father-daughter alliance against the mother (oedipal speech), psychological jargon,
// and violations of quantity and manner; oscillating evaluations.

const E2: Prototype = {
  id: 'SYN-0203',
  slug: 'syn-0203-e2',
  seed: 203,
  description:
    'Prototype E2 (preoccupied, angry): involving anger, present-tense address, run-on and excessive turns, oedipal alliance with the father, jargon',
  interviewer: 'INT-C',
  date: '2026-05-05',
  opening: [
    `Thank you for coming in today. I'll be asking you about your childhood, your relationships with your parents, and how you see things now. Some questions ask for specific memories. There's no right or wrong answer. Is it alright if I start recording?`,
    `Yeah, go for it. I should warn you, I could talk about my mother for about six hours, so. {{laughs}} You might need to stop me.`,
  ],
  questions: [
    {
      n: 1,
      answer: `Okay, so, my mum, [MOTHER], my dad, [FATHER], and my brother [SIBLING_1], who's four years older than me and who, let's just say, could do no wrong. {{laughs}} We lived in [TOWN_A], in a semi on an estate, and then when I was nine we moved to a bigger house across town because Mum wanted a bigger house, because her sister had a bigger house, that's literally the reason, that's the kind of thing – anyway. Dad worked for the council, in planning, and Mum was a receptionist at a dental practice, part-time, though you'd think from how she went on about it she was running the NHS.`,
      probes: [
        [
          `Did anyone else live with you?`,
          `No. Well, my nan, Mum's mum, came to stay for long stretches, which was its own thing, because Mum turned into a different person when Nan was there, like a little girl, all "yes Mum, no Mum", and then the second Nan went home she'd take it out on us. On me mainly. My brother was out playing football, obviously.`,
        ],
      ],
      extras: [
        [
          `What was the move like, when you were nine?`,
          `Awful. I had to change schools, and I had this best friend, [FRIEND_1], and I cried for weeks, and Mum just said I was being dramatic, which is rich, honestly, coming from her, the most dramatic person who ever lived. Dad tried to make it fun, he let me choose the paint for my new room, I picked this purple, and then Mum made him repaint it magnolia because purple was "common". So that was the new house. Magnolia.`,
        ],
        [
          `And what was [TOWN_A] like?`,
          `Boring. Nice enough, I suppose. Lots of cul-de-sacs. Everyone had the same car. Mum knew everyone, she was very much about what the neighbours thought, we had to be the perfect family from the outside, the hanging baskets, the clean windows, and then inside it was – well. You'll get the picture.`,
        ],
        [
          `What was your brother like, growing up?`,
          `The golden boy. {{laughs}} Football, cricket, head boy, the lot. Mum worshipped him. She still does. She's got his graduation photo on the mantelpiece the size of a window and mine is – well, I didn't graduate, so. But my wedding photo is in the downstairs loo. The loo. I'm not even joking. He's alright, actually, as a person. We're not close. He thinks I make too much of things. He would, wouldn't he, he had a completely different mother from me, same woman, different mother.`,
        ],
      ],
    },
    {
      n: 2,
      answer: `God. Okay. With Dad it was lovely, honestly, he was my person, he was the one who got me. With Mum it was – ⟦anger.involving|it was a battle from the day I was born, basically, she's told me herself I was a difficult baby, like that's my fault, like a baby can be difficult on purpose, and she'd say it in front of people, at parties, "oh she never slept, she nearly broke me", and everyone would laugh, and I'd be standing right there, eight years old, hearing that I nearly broke my mother⟧. So. That's the relationship. (pause 4 sec) But it wasn't all bad. She was fun sometimes. When she was in a good mood she was the best fun, she'd put music on and dance round the kitchen. You just never knew which mum you were going to get.`,
      probes: [
        [
          `Can you tell me about your earliest memories of her?`,
          `Sitting on the stairs listening to them argue, which I know is a cliché. {{laughs}} And her brushing my hair really hard before school, yanking it, and telling me to stop making a fuss. I had long hair and she insisted on it being long because she liked plaits, and then she'd complain every single morning about how long it took. I asked to have it cut and she said no. So I cut it myself when I was seven, with the kitchen scissors, and she didn't speak to me for two days. Two days. To a seven-year-old.`,
        ],
      ],
      extras: [
        [
          `And your earliest memories of your father?`,
          `Him carrying me on his shoulders at the beach. Him reading to me, doing all the voices. Him coming into my room after they'd had a row and sitting on the end of my bed and saying "you and me, kiddo". That was our thing, "you and me". Which – yeah. I know now that that's not exactly – my therapist has a lot to say about "you and me". {{laughs}}`,
        ],
        [
          `What did your parents' relationship look like to you, as a child?`,
          `Like a cold war. With the odd hot bit. {{laughs}} They didn't touch. I never once saw them hug. She'd have a go at him about something – money, his mother, the lawn – and he'd go quiet and go out to the garage, and she'd follow him to the door and shout the rest of it at the garage door. And then the next day she'd be all "darling, could you pass the salt" in front of people. I used to think all marriages were like that. I genuinely thought that until I was about twenty.`,
        ],
      ],
    },
    {
      n: 3,
      answer: `Five words for Mum. Oh, this is going to be hard to keep to five. {{laughs}} Okay. ⟦quantity.excessive|Controlling. Critical. Um, dramatic. Self-centred – is that one word? And – this is the thing, right, because people meet her and they think she's lovely, the dental practice people all think she's lovely, she's charming, she's the life and soul, and they don't see what she's like behind closed doors, and when I try to tell anyone, like my aunt, they go "oh but she loves you so much", and it's like, does she though? Does she? Because love isn't criticising everything your daughter does, love isn't turning up to your granddaughter's party two hours late and then saying the cake looks shop-bought, which it was, by the way, because I was working full time and I had a four-year-old, and she knows that, she knows that, and she still had to say it in front of everyone⟧ – sorry. Where was I. Controlling, critical, dramatic, self-centred, and... charming. To other people.`,
      probes: [
        [
          `Let's take those one at a time. You said controlling – can you think of a specific memory that shows me why you chose controlling?`,
          `Everything. My clothes, my hair, who I was friends with. ⟦manner.run_on|When I was about ten I had a friend called [FRIEND_2] who Mum decided was a bad influence because her mum was a single parent and lived in the flats, and she just banned me from going round there, and she rang the school to ask them to move me to another table, she actually did that, and I only found out because the teacher told me, and when I asked her about it she said she had no idea what I was talking about and I was making things up, which she always did, she always said I was making things up, and Dad just sat there and said "let's not fight, girls" which is what he always said, "girls", like we were two kids squabbling and not a grown woman and a child⟧.`,
        ],
        [
          `And critical?`,
          `Oh, where do I start. My weight – from about eleven. My handwriting. My friends, my voice, my laugh, she said I had a "braying" laugh. ⟦anger.present_tense_address|And you know what, Mum, you still do it, you did it at Christmas, you looked me up and down at the door and said "well, you look comfortable", and you think I don't know what that means, but I know exactly what it means, I've always known⟧. Sorry. I know she's not here. {{laughs}} I do that.`,
        ],
        [
          `Can I bring you back to a specific memory from childhood for critical?`,
          `Right, yes, childhood. Okay. The school concert. I was twelve, I had a solo, I'd practised for weeks, and I was good, I was actually good, and afterwards in the car she said, "well, you were a bit flat in the second verse, but nobody would have noticed", and then talked about her friend's daughter the whole way home. That's the memory. That sums it up.`,
        ],
        [
          `Dramatic?`,
          `She'd take to her bed. If anything went wrong, if Dad was late, if I answered back, if the washing machine broke, she'd go upstairs and shut the curtains and we'd have to tiptoe round and take her cups of tea and she'd lie there with a flannel on her head like something out of a film. Sometimes for a whole weekend. And then on Monday morning she'd be up and dressed and bright as anything like nothing had happened.`,
        ],
        [
          `And charming to other people?`,
          `At parties, at church, at the practice. She'd light up. She'd be hugging everybody's kids and saying how gorgeous they were and I'd be standing there thinking, who is this woman? She never once said I was gorgeous. Not once. I asked my brother if she ever said it to him and he said "don't start", which is what he always says.`,
        ],
        [
          `Is there a memory with your mother from childhood that you'd call a good one?`,
          `(pause 6 sec) The seaside. We went to [TOWN_C] for the day when I was about six, just me and her, my brother was at a football thing and Dad was working, and she bought me a ninety-nine and we went on the donkeys and she held my hand on the pier and told me about when she was little and went there with Nan. That was a good day. That was a really good day. And then on the way home on the train I was sick, I'd had too much ice cream, and she was so embarrassed, people were looking, and she hissed at me, "you always have to ruin everything", and that's – that's what I remember most, if I'm honest, even though the day was good. That's what stuck. Not the donkeys. The hissing.`,
        ],
      ],
      extras: [
        [
          `You mentioned your daughter's party – that was recently?`,
          `⟦relation.off_topic|Last month. Her fourth birthday. And I'd said to Mum, please, just come at two, just be on time for once, and she turned up at four, after the cake, after everything, with this enormous present that was completely inappropriate for a four-year-old, a make-up set, a make-up set for a four-year-old, and then she sat in my kitchen and told my mother-in-law that I'd always been "a bit disorganised", and my mother-in-law, who's lovely, just looked at me, and I had to go and stand in the garden⟧. I cried in my own garden at my own daughter's party. Thirty-four years old.`,
        ],
      ],
    },
    {
      n: 4,
      answer: `Dad. Easy. Kind. Funny. Gentle. My best friend, basically. And... weak. (pause 5 sec) That's the one that hurts, weak. But it's true. He never once stood up to her. Not once. Not for me, not for himself.`,
      probes: [
        [
          `You said kind – can you think of a memory that shows that?`,
          `When I had chickenpox he took the week off work to look after me because Mum said she couldn't cope with the scratching, and he sat with me and played Connect Four for about a hundred hours and made me these awful cheese toasties. He let me win every time. I knew he was letting me win. I didn't care.`,
        ],
        [
          `And funny?`,
          `He did voices. He did a voice for the cat. He'd do the cat complaining about Mum. {{laughs}} Which – okay, that's actually kind of messed up when I think about it, but at the time it was hilarious, we'd be in the kitchen crying with laughter and Mum would come in and go "what's so funny" and we'd just look at each other.`,
        ],
        [
          `Gentle?`,
          `He never raised his voice. Never. Even when she was screaming at him – and she did scream – he just went quiet and went out to the garage. He had a little radio out there. I used to go and sit with him.`,
        ],
        [
          `You said your best friend. Can you say more about that?`,
          `⟦anger.involving|We were the real couple in that house, honestly. Me and Dad. He'd tell me things, about Mum, about their marriage, how unhappy he was, how she wouldn't let him see his own brother, how she'd spent all their savings on the new kitchen without asking him, and I'd be this little kid, nine, ten, going "poor Dad", and she knew, she knew he'd rather sit in the garage with me than in the lounge with her, and she hated me for it, she was jealous of me, her own daughter, jealous⟧ – and I get that that's not a normal thing for a dad to tell a ten-year-old. I do get that. But he had nobody else.`,
        ],
        [
          `How was it for you, when he told you those things about the marriage?`,
          `At the time I felt special. Like, chosen. He picked me. And I felt grown-up, like I was in on something. But also – I'd lie in bed and worry that they'd get divorced and it would be my fault, because I knew all these things and I hadn't fixed them. I used to make plans, like, if they split up, I'd go with Dad, and I'd cook for him, and I even practised making shepherd's pie. At ten. {{laughs}} God. When I say it out loud. Yeah.`,
        ],
        [
          `And weak?`,
          `Because he let her. Everything. He let her ban my friends and yank my hair and call me fat, and he'd come up after and say "you and me, kiddo", like that made it alright. ⟦anger.present_tense_address|And Dad, honestly, if you heard this, I love you, but where were you? Where were you, in the kitchen, when she was going at me? You were in the garage with your radio, that's where you were.⟧`,
        ],
      ],
    },
    {
      n: 5,
      answer: `Dad. Obviously. Because he was the one who – he liked me. As a person. Mum never liked me. She loved me, I suppose, in her way, she'd say she loved me, but she didn't like me, and kids know the difference. Kids always know.`,
      probes: [
        [
          `And why isn't there that feeling with your mother?`,
          `Because she made it impossible! ⟦manner.run_on|Every time I tried to get close to her she'd push it away, or she'd make it about her, like if I was upset about something at school she'd end up crying about something that happened to her at school in nineteen-seventy-whatever, and I'd end up comforting her, and then she'd say I was too sensitive, and then she'd tell Nan on the phone that I was "going through a phase", and Nan would tell my aunt, and then at Christmas my aunt would say "I hear you've been having a hard time", and I'd want to die⟧. So, you know. That's why.`,
        ],
        [
          `Was there ever a time you felt close to her?`,
          `When I had my daughter. For about a week. She came and stayed and she was brilliant, honestly, she did the washing and the cooking and she held the baby so I could sleep, and one night she sat on the end of the bed and told me she'd had a really hard time after I was born, that she'd cried every day for months and nobody helped her, and I thought, oh, maybe this is it, maybe now we'll be close. And then on the last day she rearranged my kitchen cupboards while I was in the shower and said I'd had them "all wrong". And it was back to normal. One week.`,
        ],
      ],
    },
    {
      n: 6,
      answer: `Went to Dad. Or to my room. Or, if Dad wasn't there, I'd go to the garage and sit in his chair and wait for him. If I went to Mum it was a gamble. Sometimes she'd be lovely, sometimes she'd say "oh, what now", with this sigh. You learned not to risk it.`,
      probes: [
        [
          `Can you think of a specific time you were upset as a child?`,
          `When my hamster died. I was eight. I found him in the morning and I was hysterical, and Mum said, "for goodness' sake, it's a hamster, I've got work", and went to work, and Dad was already gone, and I had to go to school. And when Dad got home he took me to the pet shop and let me choose another one, and we had a funeral for the first one in the garden, with a lolly-stick cross, and Mum watched from the kitchen window and didn't come out. She didn't come out. ⟦anger.involving|Thirty years later I still want to go round there and say, you couldn't come out into the garden for five minutes? For your eight-year-old? You couldn't put your coffee down?⟧`,
        ],
        [
          `How did your father respond when you went to him upset?`,
          `He'd let me sit with him in the garage and he'd say "she doesn't mean it, kiddo", and "she's had a hard day", and he'd give me a humbug from the tin. He was lovely. But he always – he always took her side, in a weird way, even though he was on my side. He'd say "don't tell your mum I said that". Everything was "don't tell your mum". So I had this whole secret world with Dad and I couldn't tell anyone, and I couldn't tell her, and I was about eight.`,
        ],
        [
          `And when you were hurt physically?`,
          `I fell off the climbing frame at school and had to have stitches in my knee. The school rang Mum and she came, she did come, but she was furious because she'd had to leave work, and she told me off the whole way to the hospital for "showing off" on the climbing frame. I wasn't showing off. I slipped. And then at the hospital she was all sweetness to the nurses, "oh, my poor baby", and I remember thinking, even then, who are you?`,
        ],
        [
          `Who comforted you when your father wasn't there?`,
          `Nobody. The cat. {{laughs}} Honestly, the cat. I'd take him under the duvet and tell him everything. Or I'd write in my diary, which Mum read, by the way, I found out when I was thirteen because she quoted it at me in a row. She quoted my own diary at me. She said, "well, if you think I'm so terrible, as you put it", and I just went cold. I burned it in the garden that night. Dad saw me from the garage and didn't say anything.`,
        ],
        [
          `What about when you were ill?`,
          `Chickenpox, like I said, she couldn't cope. Colds, she'd tell me to go to school anyway. She didn't believe in being ill, unless it was her. When she was ill it was a national emergency.`,
        ],
      ],
    },
    {
      n: 7,
      answer: `Brownie camp. I was seven or eight. A weekend in a field. I was so homesick I was sick, actually sick, and they rang home, and Mum said to keep me there because I had to "learn". And Dad, apparently, wanted to come and get me, and she wouldn't let him. He told me that years later, when I was about fifteen – that he'd wanted to come and she'd said no. Which I don't know if that's better or worse, knowing that. Like, thanks, Dad, for telling me that she was the one who – (pause 5 sec) I don't know. Anyway. When I got home Mum asked if I'd had a nice time and I said yes. I was scared to say no.`,
      probes: [
        [
          `How did you feel when your father told you, years later, that he'd wanted to come and get you?`,
          `Furious. Not at him. Well, at him too. At her, mainly, for keeping me there when I was being sick in a tent. But at him for telling me, because what was I meant to do with that at fifteen? He told me in the car, out of nowhere, like it was a nice story, like "see, I always had your back, kiddo", and I just sat there. I didn't say anything. I wanted to say, then why didn't you come? You had a car. You had the keys. You could have just come.`,
        ],
      ],
      extras: [
        [
          `Were there other separations you remember?`,
          `When Mum went to stay with Nan for a week after a massive row. I was eleven. That was actually the best week of my childhood, which is a terrible thing to say. {{laughs}} Dad and me had fish and chips every night and watched whatever we wanted. And then she came back and it was like nothing had happened and nobody mentioned it, ever, and I was meant to just – ⟦manner.unfinished|and it was like, if nobody says anything then it didn't happen, and I was just supposed to, you know, and so I⟧ – yeah.`,
        ],
      ],
    },
    {
      n: 8,
      answer: `All the time. All the time. With Mum. ⟦anger.involving|She'd literally turn her back on me. I'd be telling her something and she'd turn round and start doing the dishes. Or she'd say "not now" in this voice, and it was always not now, it was never now, and she had time for my brother, she had all the time in the world for my brother, she'd drive him to football in the rain and stand on the touchline for two hours, and I had one concert a year and she criticised it⟧. So yes. Rejected. That's the word.`,
      probes: [
        [
          `How old were you when you first felt that way, and what did you do?`,
          `I don't know, five? Always? I'd try harder. That's what I did. I'd tidy my room without being asked, I'd make her cards, I'd bring her cups of tea when she was in bed with her heads, and she'd say "put it there" without looking. And then I stopped trying, round about thirteen, and went full goth, {{laughs}} black hair, the lot, and then she had something real to criticise, so at least we were both happy.`,
        ],
        [
          `What did your father do when your mother turned away from you like that?`,
          `Nothing, in the moment. Later, he'd make it up to me. He'd take me for a drive, or to the garden centre, and buy me a plant. {{laughs}} I had so many plants. My windowsill was a jungle. It was his way of saying sorry, I suppose, for her. I didn't realise until I was much older that he was apologising for her and not for himself.`,
        ],
        [
          `Do you think your mother realised she was rejecting you?`,
          `⟦manner.vague_or_jargon|She'd say no. She'd say I'm rewriting history. But honestly, I think she's got a lot of narcissistic traits, like, she's very enmeshed with her own mother and she triangulated me and Dad, my therapist says it's a classic pattern, the golden child and the scapegoat⟧. So did she realise? I think on some level. I think she knew exactly.`,
        ],
      ],
    },
    {
      n: 9,
      answer: `Threatening? She used to say she'd leave. That was her big one. "I'll pack my bags and then you'll see how you manage." And she'd actually get the suitcase down from the loft, and put it on the bed, and I'd be crying and begging her not to go, and Dad would be in the garage, and then she'd put it back. I must have been about seven the first time. It happened maybe five, six times. And once she said she'd send me to live with Nan if I didn't start behaving, and I thought she meant it, I packed a bag, I was so scared.`,
      extras: [
        [
          `What happened after she put the suitcase back?`,
          `Nothing. That was the thing. Nothing ever happened after. She'd come down and make tea like normal and if you looked upset she'd say "what's the matter with your face". And Dad would come in from the garage and say "everything alright, girls?" and she'd say "fine", and he'd say "good", and that was that. Nobody ever said, that was scary, are you okay. Nobody ever said anything. I used to check the loft to see if the suitcase was still there. For years. Even as a teenager. I'd go up the ladder and check.`,
        ],
      ],
      probes: [
        [
          `Was there anything you would call abuse?`,
          `(pause 8 sec) That's what my therapist keeps asking. I don't know. She slapped me a few times, across the face, when I was a teenager and I'd been mouthy. She pulled my hair. The things she said – the weight stuff, the "you nearly broke me" stuff. My therapist would say emotional abuse. I go back and forth. Some days I think, God, she was just a stressed-out woman in the nineteen-nineties, and some days I think – no. No. You don't do that to a kid. ⟦quality.contradiction|She was a good mother, in lots of ways, she was, she fed us and clothed us and – no. No, she wasn't. I don't know why I keep saying that.⟧`,
        ],
      ],
    },
    {
      n: 10,
      answer: `Massively. I'm anxious all the time. I can't take criticism – at work if my manager says anything even slightly negative I go home and cry. I'm a people-pleaser. I over-apologise, you'll have noticed. {{laughs}} And I swore I'd never be like her and then the other day I heard myself say to my daughter "oh, what now", with the sigh, her sigh, exactly her sigh, and I had to go into the bathroom and sit on the floor.`,
      probes: [
        [
          `Is there anything you'd see as a setback to your development?`,
          `All of it? {{laughs}} No, I don't know. Confidence. I never felt good enough. I still don't. I dropped out of uni in the first year because I was convinced I was going to fail, and I wasn't failing, my marks were fine, I just couldn't stand the waiting to find out. And Mum said, "well, I always said you weren't academic". So.`,
        ],
      ],
      extras: [
        [
          `Is there anything good you took from your childhood, do you think?`,
          `From Dad. The voices. {{laughs}} I do the voices for my daughter. And being gentle, I think I'm gentle with her, mostly. From Mum, I don't know. Maybe the dancing in the kitchen. She was brilliant at that, when she was in the mood. My daughter loves it when I put music on. (pause 4 sec) That's from Mum, I suppose. Huh.`,
        ],
        [
          `How does it show up in your relationships now, with your partner for example?`,
          `⟦manner.run_on|Oh God, poor him, he gets the full whack, if he's a bit quiet I'm like "what's wrong, are you angry with me, what have I done", and he's just tired, he's just had a long day, and I know that, I know, but I can't stop, I follow him round the kitchen, which, when I think about it, is exactly what she did to Dad, following him to the garage door, and he says I do it and I say I don't, and then I do it, and we had a massive row about it at Easter at her house, actually, in front of her, and she loved it, she absolutely loved it, she said "see, it's not just me then"⟧. So, yeah. That's how it shows up.`,
        ],
      ],
    },
    {
      n: 11,
      answer: `Mum – because of her mum, probably, Nan was a nightmare, Nan was worse. So I get it, sort of, intellectually. But she's a grown woman, she could have got help, she could have done the work, and she didn't, she just carried on, ⟦anger.involving|and she still won't, if I try to talk to her about it she says "I did my best" and starts crying, and then I'm the bad guy again, I'm the one who upset her, it always comes back to her feelings, her feelings, never mine⟧. And Dad – Dad was just conflict-avoidant. He hated rows. His parents rowed all the time, and he just wanted a quiet life, and he got – well, he didn't get a quiet life, did he. {{laughs}} Poor Dad.`,
      probes: [
        [
          `What do you know about your mother's own childhood?`,
          `Bits. Nan was very strict, very religious, very "what will people think". Mum was the eldest of four and she basically raised the others. Her dad left when she was twelve and she was never allowed to mention him again. So, yeah, I get it, she never had a childhood, she had to be the mum, and then she had her own kids and she was so angry about it all that it came out on me. I understand that. I do. Understanding it doesn't make it hurt less.`,
        ],
      ],
      extras: [
        [
          `Have you ever talked to your father about it?`,
          `A bit. He says things like "your mum's not an easy woman" and "I should have done more", and then he changes the subject to the garden. He's seventy now. I don't want to make him feel bad. But I also kind of do, if I'm honest. I want him to say sorry. Properly. He never has.`,
        ],
      ],
    },
    {
      n: 12,
      answer: `My aunt, Dad's sister, Auntie [AUNT_1], but we didn't see her much because Mum didn't like her, surprise surprise. When we did see her she was amazing, she'd take me to the cinema and ask me about school and actually listen. Mum said she was "interfering". And my Year Six teacher, Mrs Wentwhistle, she was the first adult who told me I was clever.`,
      probes: [
        [
          `Can you tell me more about Mrs Wentwhistle?`,
          `She wore these massive earrings, like parrots. {{laughs}} She ran a poetry club at lunchtime and I went every week, and she put one of my poems on the wall in the corridor, and she wrote on it, "this is wonderful, you have a real voice". I've still got it. I took it home and showed Mum and she said "that's nice" and put it on the side and it got tea spilled on it. So I rescued it and kept it in a drawer. It's in a frame now, in my daughter's room.`,
        ],
      ],
      extras: [
        [
          `Why didn't your mother like your aunt?`,
          `Because Auntie [AUNT_1] saw through her. She said something once at a barbecue, something like "you're very hard on that girl", and Mum never forgave her. We didn't go to their house for about five years after that. ⟦manner.unfinished|And Dad just went along with it, which – I mean, his own sister, and he just⟧ – yeah.`,
        ],
      ],
    },
    {
      n: 13,
      answer: `My grandad, Dad's dad, when I was twelve. And Nan – Mum's mum – three years ago.`,
      probes: [
        [
          `Could you tell me about your grandad – what happened, and how you responded at the time?`,
          `Cancer. It was quite quick, a few months. I liked him, he was quiet like Dad. I was really sad. Dad was devastated, and ⟦anger.involving|Mum made the funeral about her, of course, she organised everything, the flowers, the food, and then she had a massive row with Auntie [AUNT_1] at the wake about the sandwiches, the sandwiches, at Dad's own father's funeral, and Dad ended up comforting her⟧. I remember sitting on the stairs at the wake – stairs again – {{laughs}} – feeling like nobody noticed me at all. I cried a lot that year. Dad and I went to the grave on his birthday for years after, just us two.`,
        ],
        [
          `And your nan?`,
          `I wasn't that sad, to be honest. Is that awful? She wasn't a nice woman. Mum was in pieces, and I tried to support her, I did, I went round every day for a week, and on the Friday she said I was "hovering". So I stopped going round. That's when I started therapy, actually.`,
        ],
        [
          `How did your grandad's death affect you, do you think?`,
          `It made me closer to Dad, weirdly. Those visits to the grave. He'd talk about his dad and cry a bit and I'd hold his hand. He never cried in front of Mum. Only me. I was the only one he could cry with. Which, again, twelve years old. I don't know. At the time it felt like the most important job in the world.`,
        ],
      ],
    },
    {
      n: 14,
      answer: `Not really, apart from the suitcase stuff. I was in a car accident at nineteen, a friend was driving, we went into a ditch. That was scary but everyone was okay. I rang Dad, not Mum. Obviously.`,
      extras: [
        [
          `And as a child – was there anything especially frightening?`,
          `The night Mum drove off. I was about ten. They'd had a row about something, I don't even know what, and she grabbed the car keys and drove off at about two in the morning, and I sat at my bedroom window for hours waiting for the headlights, and Dad was downstairs pretending to read. She came back at six. She'd been at Nan's. Nobody said anything at breakfast. I had a spelling test that day. I got nought. I remember the teacher asking if everything was alright at home, and I said yes. Of course I said yes.`,
        ],
      ],
    },
    {
      n: 15,
      answer: `Sort of. With Dad, I grew up and realised he wasn't a hero, which was hard. With Mum it's – it's the same, honestly, it's exactly the same, I'm thirty-four and she still does the look, she still does the sigh. ⟦anger.involving|And I still go round every Sunday, because if I don't, she rings Dad and cries, and then Dad rings me and says "could you just pop round, for me, kiddo", and I go, every single time, I go⟧. So I suppose what's changed is I see it now. I see it. I just can't stop it.`,
      probes: [
        [
          `When did you start to see it, as you put it?`,
          `Therapy. After Nan died. I went because I was having panic attacks at work, and the therapist asked me about my mum in the second session, and I talked for the whole fifty minutes, and at the end she said, "that sounds like it was very hard", and I burst into tears because nobody had ever said that. Nobody. Not Dad, not my brother, not my aunt. Everyone always said "she loves you really". The therapist just said it sounded hard. I've been going for three years.`,
        ],
      ],
      extras: [
        [
          `What happens on a typical Sunday visit now?`,
          `⟦relation.off_topic|Last Sunday, right, I'll tell you about last Sunday, we get there at twelve like always and she opens the door and the first thing she says, before hello, is "oh, you've had your hair done, it's very short", and then lunch is overcooked because we were "late", we weren't late, we were on time, and my brother's there with his wife, who can do no wrong either, and Mum spends the whole of lunch asking her about her promotion and not one question to me, not one, and then when we're leaving she says to my daughter, "tell Mummy to bring you more often", more often, we come every single week⟧. So that's a typical Sunday.`,
        ],
        [
          `Has anything changed since your daughter was born?`,
          `Mum's better with her than she was with me, which is – that's actually the hardest part. She's soft with her. She lets her do things I'd never have been allowed to do. And part of me is glad and part of me wants to scream, "where was THAT? Where was that for me?" My partner says I should just enjoy it. He doesn't get it. His mum's lovely. {{laughs}}`,
        ],
      ],
    },
    {
      n: 16,
      answer: `Complicated. {{laughs}} That's the polite word. I see them every Sunday. Dad and I are fine, we have our jokes, but I don't – I don't tell him things anymore, not real things, because he'll tell her, or he'll say "let's not upset your mum". ⟦anger.present_tense_address|And Mum, honestly, Mum, if you're ever going to hear this, just once, just once say you're proud of me, just once, you don't even have to mean it⟧. Sorry. (pause 6 sec) Sorry. I'm fine.`,
      probes: [
        [
          `Take your time. Would you like a minute?`,
          `No, no, I'm fine. It's fine. This is – it's good to say it. I've never said half of this out loud except to my therapist. Keep going.`,
        ],
        [
          `And how would you describe your relationship with your father now?`,
          `Sad, mostly. I love him so much. But he's smaller now. He's got a bad hip and he's stopped going to the garage so much, and she bosses him around even more, and he just takes it, and I sit there on Sundays watching her talk over him and I want to shake him. He winks at me across the table sometimes, like, "you and me, kiddo", and I used to love that wink and now it kind of makes me want to cry.`,
        ],
      ],
    },
    {
      n: 17,
      answer: `Awful. Guilty. When I drop her at nursery I feel sick if she cries. I check my phone all day. I wonder if the nursery staff are being nice to her. And when she doesn't cry, I feel – is this weird? – I feel a bit hurt. Like she doesn't need me. ⟦quantity.excessive|Which I know is a me thing, my therapist says it's my stuff, but it's hard, because I want her to be independent but I also want her to want me, because I never felt like anyone wanted me except Dad, and Dad only wanted me because he had nobody else to talk to, which I've only just realised, like, this year, and that's been a lot to process, honestly, and then I look at my daughter and think, am I doing that? Am I making her my little best friend? And I don't know. I don't know if I am⟧.`,
      extras: [
        [
          `Have you ever spent a night away from her?`,
          `Once. A hen do. I rang my partner four times. {{laughs}} She was fine, she didn't even notice, she had a lovely time with her dad. I was the one crying in a Travelodge in Brighton. My friends were like, you need to relax. But I can't. I think I'm scared that if I'm not there, something will happen and she'll be on her own with it, like I was, sitting on the stairs.`,
        ],
        [
          `Do you worry about her in other ways?`,
          `All the time. That something will happen to her, obviously, every parent worries about that. But mostly that she'll grow up and not like me. That she'll sit in a room with a stranger in thirty years and say "my mother was controlling". That keeps me up at night, honestly. I ask her, "are you happy, are you happy", and my partner says stop asking her, she's four.`,
        ],
      ],
    },
    {
      n: 18,
      answer: `That she never doubts that I love her. That she can say no to people – including me. {{laughs}} And that she has a mum she actually wants to see on a Sunday, not one she has to see.`,
      extras: [
        [
          `Why those three?`,
          `Because they're the three things I didn't have. That's probably obvious. {{laughs}} I think about the Sunday one a lot. I want her to want to come round. I want to be the kind of mum where the kids turn up on a Saturday unannounced because they fancy a cup of tea. My mum has never had anyone turn up unannounced. She'd hate it. The hoovering wouldn't be done.`,
        ],
      ],
    },
    {
      n: 19,
      answer: `How not to do it. {{laughs}} Sorry, that's glib. No – I think I learned that you can't make someone love you the way you need them to. I spent my whole childhood trying. And I'm still trying, if I'm honest, every Sunday. I know that. Knowing it doesn't seem to help.`,
      extras: [
        [
          `Is there anything you learned from your father in particular?`,
          `That being nice isn't enough. {{laughs}} That sounds harsh. He was nice. He was the nicest man. But nice didn't protect me from anything. I think I learned that you have to actually say things, you have to stand in the kitchen and say "no, you don't talk to her like that". I do that with my partner's mum, actually, not that she needs it. I practise on her. {{laughs}}`,
        ],
      ],
    },
    {
      n: 20,
      answer: `That she was liked. Not just loved – liked. That I thought she was great, exactly as she was, with her braying laugh. {{laughs}} She has a very loud laugh, actually. I love it.`,
      extras: [
        [
          `How do you think she might describe you as a mum, when she's older?`,
          `I hope "fun". And "there". I really hope "there". Probably "a bit much". {{laughs}} I can live with a bit much. As long as it's not "cold". As long as it's not "critical". If she ever says I was critical I think I'd – (pause 5 sec) I don't know what I'd do. That's my biggest fear, honestly, becoming her without noticing.`,
        ],
      ],
    },
  ],
  closing: [
    `That's the end of the interview. Thank you so much for being so open. How are you feeling?`,
    `Knackered. {{laughs}} Like I've run a marathon. But okay. Sorry for going on. I did warn you. I think I'll go home and put some music on.`,
  ],
  classification: { primary: 'E', subtype: 'E2' },
  scales: {
    'exp.loving|mother': [2, 4],
    'exp.loving|father': [4, 6],
    'exp.rejecting|mother': [5, 7],
    'exp.involving|mother': [6, 8],
    'exp.involving|father': [5, 7],
    'exp.neglecting|father': [3, 5],
    'som.idealization|mother': [1, 2],
    'som.idealization|father': [2, 4],
    'som.involving_anger|mother': [7, 9],
    'som.involving_anger|father': [3, 5],
    'som.derogation|mother': [2, 4],
    'som.derogation_attachment|transcript': [1, 2],
    'som.lack_of_recall|transcript': [1, 2],
    'som.metacognitive|transcript': [1, 3],
    'som.passivity|transcript': [2, 4],
    'coh.transcript|transcript': [2, 4],
    'coh.mind|transcript': [2, 4],
    'unres.loss|event:loss-1': [1, 3],
  },
  events: [{ id: 'loss-1', kind: 'loss', who: 'paternal grandfather', speakerAge: '12' }],
  contains: ['SYNTHETIC – NOT REAL DATA', 'you and me, kiddo', '(pause 8 sec)'],
};

// --- SYN-0204, U/F: unresolved loss, otherwise secure ---------------------------------------------
// Coherent and balanced about both parents, but the death of a grandmother in childhood is discussed
// with lapses in the monitoring of reasoning (the dead spoken of as alive, a child's causal guilt still
// held) and of discourse (eulogistic speech, unusual attention to detail, a long silence, confused
// timing). A later loss is discussed coherently (resolved).

const UF: Prototype = {
  id: 'SYN-0204',
  slug: 'syn-0204-uf',
  seed: 204,
  description:
    'Prototype U/F (unresolved loss, otherwise secure): lapses in reasoning and discourse about a grandmother who died in childhood; a resolved adult loss',
  interviewer: 'INT-D',
  date: '2026-05-12',
  opening: [
    `Thanks for coming. As we said on the phone, I'll be asking about your childhood, your parents and some other people who were important to you, and about how you see it all now. It takes around an hour. Ready when you are.`,
    `Okay. Yes. Ready. {{laughs}} I've never done anything like this.`,
  ],
  questions: [
    {
      n: 1,
      answer: `So there was Mum, [MOTHER], and Dad, [FATHER], and me, and then my brother [SIBLING_1] came along when I was seven. And Nan – Mum's mum – lived with us from when I was about four, after Grandad died, so she was very much part of the household. We lived in [TOWN_A], which is a little town in a valley, one main road and the river and a lot of hills. Dad was a postman, he did the rounds up the valley, and Mum did the books for a couple of the shops on the high street, from the kitchen table mostly.`,
      probes: [
        [
          `How was it having your nan living with you?`,
          `Mostly lovely, for me. She had the back bedroom and she was always around. She did a lot of the cooking, she and Mum shared the kitchen, which wasn't always easy – they had different ideas about gravy. {{laughs}} I think there was some tension there that I only noticed later. But for me she was like a second mum, or a first one some days, when Mum was buried in the books.`,
        ],
        [
          `Did you move at all?`,
          `No. Same house until I went to college. It's a stone terrace, cold in winter, you'd get ice on the inside of the windows. Mum and Dad are still there. Nan's room is still Nan's room, actually, though it's got the ironing board in it now. {{laughs}}`,
        ],
      ],
      extras: [
        [
          `What was it like growing up in [TOWN_A]?`,
          `Small. Safe, I'd say. Everyone knew Dad because he brought their post, so you couldn't get away with anything, he'd hear about it on his round by nine the next morning. {{laughs}} There was a lot of outdoors. The river, the woods, the old quarry we weren't supposed to go in. I had a gang of friends from the terrace and we were out all day in the holidays.`,
        ],
        [
          `And school?`,
          `The primary was up the hill, a tiny school, two classes. I liked it. Then the secondary in the next town, on the bus, which was forty minutes each way. I did my homework on the bus, mostly, which is why my handwriting is terrible. I was a middling student, I'd say. Good at English and art, hopeless at maths.`,
        ],
        [
          `What was a typical day like, when you were small?`,
          `Dad would be gone before we were up. Nan got me up, mostly, and did my breakfast – porridge with golden syrup, a spiral of it, she'd draw a spiral. Then school, up the hill. In the afternoons I'd be in the kitchen with Mum and Nan, or out on the terrace with the others. Dad was home by two, so he'd often come and find us at the river. Tea at five, bath, bed. It was a very ordinary, very nice routine.`,
        ],
      ],
    },
    {
      n: 2,
      answer: `Close, I'd say, with both of them, but in different ways. Dad was the fun one, the one who'd throw you up in the air. Mum was more – she was warm, but she was busy, and she worried about money a lot, so there was a kind of tension in her that you picked up on. Looking back, I think Nan living with us took some of the pressure off, and then later it added some. And after Nan died, Mum was very low for a long time, so I'd say there's a before and an after with Mum.`,
      probes: [
        [
          `Could you tell me a bit about the before?`,
          `Before – Mum singing. She used to sing while she did the books, hymns mostly, which is funny because she wasn't religious. Me sitting under the kitchen table with my crayons while she worked, and every now and then her foot would find me and give me a little nudge, like, hello. {{laughs}} I loved that. And Dad coming in at lunchtime in his uniform and the three of us, four with Nan, having soup.`,
        ],
        [
          `And after?`,
          `After, Mum went quiet. She stopped singing. She'd sit at the table with the books and not do them. Dad did a lot more, he'd get us up and do our breakfast before his round – he'd have been up since half four – and I'd do bits for [SIBLING_1], who was only a baby. It lasted about a year, I think, maybe more. ⟦metacognition.monitoring|I didn't have a word for it then. I'd call it depression now, but I'm careful with that, because nobody ever said it, and I only have a child's view of it.⟧`,
        ],
      ],
      extras: [
        [
          `Do you remember how your parents were with each other?`,
          `Affectionate. Dad would come in and kiss Mum on the top of her head while she was working, and she'd pretend to be annoyed. They had a little routine where he'd ask "any letters for me?" and she'd say "only bills". {{laughs}} Every day. During the after, he was very protective of her. I remember him bringing her tea and just sitting with her hand in his, not saying anything.`,
        ],
        [
          `How did you feel about your mother during that time?`,
          `Worried. And a bit lonely. I didn't blame her, even then, I don't think. I knew she was sad about Nan. I was too. We were sad in separate rooms, is how I'd put it. It's one of the things I've tried hard not to do with my own daughter – be sad in a separate room.`,
        ],
      ],
    },
    {
      n: 3,
      answer: `(pause 6 sec) Warm. Hardworking. Worried. Musical – is that allowed? (I: of course) Musical. And... distant, for a while. I'll explain that one.`,
      probes: [
        [
          `You said warm – can you think of a memory that shows me why you chose warm?`,
          `The foot under the table, like I said. ⟦idealization.support_present|And when I had nightmares she'd come in and sit on the floor by my bed, not on the bed, on the floor, with her back against it, and hum until I fell asleep. I could feel the hum through the mattress.⟧ I can still feel it, actually, if I think about it.`,
        ],
        [
          `Hardworking?`,
          `She did the books for four shops and looked after Nan and us and the house, and she did the church flowers, which again, not religious. {{laughs}} I remember her falling asleep at the table over a ledger with the pen still in her hand. I put a blanket over her. I was maybe six.`,
        ],
        [
          `Worried?`,
          `About money, mainly. Whether the shops would pay on time. I'd hear her and Dad at night going over the figures. She tried to keep it from us but you knew, you always know. I remember her saying no to a school trip because it was eleven pounds, and then crying about it in the bathroom, and then somehow I went anyway, I think she sold something. I found out later it was her bike.`,
        ],
        [
          `Musical?`,
          `Singing, always. She had a lovely voice. She was in the choir before she had me. She taught me all the old songs, the ones from the valley, and I sing them to my daughter now. {{laughs}} Badly.`,
        ],
        [
          `Can you think of a particular time she sang to you?`,
          `When I had my tonsils out, I was five, and I couldn't talk, and she sat on the hospital bed and sang the whole of one of the long ballads, the one with about twenty verses, and the lady in the next bed asked for another one. {{laughs}} Mum was shy about it but she sang another one. I felt very proud of her.`,
        ],
        [
          `And distant?`,
          `That's the after. After Nan. For about a year she was there, but not there. You'd ask her something and she'd take a long time to answer, like she was coming back from somewhere. ⟦warmth.balanced_forgiving|I was hurt by it as a kid. I'm not now. She'd lost her mum, in her own house, and she had a baby and a grieving eight-year-old and no money. I think she did remarkably well to get up in the mornings.⟧`,
        ],
        [
          `Looking at those five words together, is there anything you'd add?`,
          `Only that I wouldn't want "distant" to be the one that stands out. It was a year or so. The rest was warm, and musical, and worried. {{laughs}} If I'm being fair to her, and I want to be, distant is the smallest word on the list.`,
        ],
      ],
    },
    {
      n: 4,
      answer: `Fun. Gentle. Dependable. Silly – in a good way. And tired. Always tired. {{laughs}}`,
      probes: [
        [
          `Fun – can you think of a specific memory?`,
          `He built me a sledge out of an old door one winter, when the hill behind the terrace was covered, and he came down it with me, a grown man, in his post uniform, because he was on his way to work and couldn't resist. He was late for his round. He got told off. He said it was worth it.`,
        ],
        [
          `Gentle?`,
          `He never shouted. When I broke Mum's good vase playing ball in the front room, he got down on his knees with me and we picked up all the pieces together, and he said, "right, we'd better tell her together", and we did, and he stood behind me with his hands on my shoulders the whole time.`,
        ],
        [
          `Dependable?`,
          `Always there. The after period, after Nan – he held everything together. He'd do the breakfast, the round, come back, do tea, do the baby, and then sit with Mum in the evening. ⟦idealization.support_present|He walked me to school every day that year, even though it made him late, because I'd stopped wanting to go, and he never once made me feel like a nuisance for it.⟧`,
        ],
        [
          `Silly?`,
          `He did impressions of the people on his round. Not nasty ones. The lady with seven cats, the man who always complained about his catalogues. {{laughs}} We'd be crying laughing at tea and Mum would say, "you shouldn't", and then laugh herself.`,
        ],
        [
          `And tired?`,
          `He got up at half four for thirty years. He'd fall asleep in the chair by eight, every night. I used to take his boots off for him. That was my job.`,
        ],
        [
          `Can you remember a time he was there for you, after your nan died?`,
          `The van. He'd take me on the last bit of his round on Saturdays, and I'd sit in the passenger seat not talking, and he'd talk for both of us, about the people on the round, the dogs, the weather. He never asked me to talk. And one Saturday, months in, I said something – I asked him if the lady with the cats had a name for every cat – and he just answered, as if I'd been talking all along. He didn't make a fuss. He told me years later he had to pull over after he dropped me home, because he was crying.`,
        ],
        [
          `Was there anything difficult about your father?`,
          `He avoided arguments. If Mum was upset about something he'd agree with her to keep the peace, even if he didn't. So sometimes I'd get told off for something and I'd know he thought it was fine, but he wouldn't say. That used to frustrate me as a teenager. I'd say, "Dad, you said I could!" and he'd sort of look at the ceiling. {{laughs}} He's still like that. But he's a good man.`,
        ],
      ],
    },
    {
      n: 5,
      answer: `Dad, I think, especially after Nan died, because Mum went away inside herself for a while. Before that it was probably Nan, honestly, if I'm allowed to say that. {{laughs}} But of Mum and Dad, Dad. He was easier to reach. ⟦metacognition.monitoring|Though I sometimes wonder if that's fair to Mum, because it was a particular time, and if you'd asked me at six I might have said her.⟧`,
      extras: [
        [
          `What made your father easier to reach?`,
          `He was around in the afternoons, for one thing, because of the early shifts. And he was just less complicated. If you were sad, he'd notice and take you out in the van or down to the river. Mum would notice too, but she'd worry, and then you'd end up worrying about her worrying. {{laughs}} With Dad you could just be sad.`,
        ],
      ],
    },
    {
      n: 6,
      answer: `Went to Nan, when I was small. Her room was at the top of the stairs and I'd go in and climb on her bed. Later, after, I'd go to Dad, or I'd go to the river and sit on the wall.`,
      probes: [
        [
          `Can you remember a specific time you were upset?`,
          `When I wasn't picked for the school play, when I was about ten. I went to Dad, and he took me out in the van – he wasn't supposed to, it was the post van – round the last bit of his round, and let me put the letters through the doors, and by the end I'd forgotten about the play. {{laughs}} I don't think the post office ever knew.`,
        ],
        [
          `And when you were hurt?`,
          `I fell in the river once, off the stepping stones, and cut my leg quite badly on a rock. I ran home dripping and Mum – this was before – Mum cleaned it up at the kitchen sink and put me in the bath and then Nan made me sugary tea, which was Nan's answer to everything. I remember the three of them fussing over me and feeling like a queen.`,
        ],
        [
          `When you were ill?`,
          `Nan's bed. {{laughs}} If I was ill I was allowed in Nan's bed in the daytime, with the hot water bottle in the knitted cover, and she'd read me the paper, the local paper, the bits about lost dogs and the flower show. After she died, if I was ill, Mum would put me on the settee. It wasn't the same.`,
        ],
        [
          `And when you went to sit on the river wall – what happened then?`,
          `Usually Dad would come and find me, eventually. He'd sit next to me and not say anything for a bit, and then he'd point out a heron or something, and then he'd say, "tea's ready", and we'd walk back. Sometimes I'd tell him what was wrong on the way back. Sometimes not. He never pushed.`,
        ],
      ],
    },
    {
      n: 7,
      answer: `When Mum went into hospital to have my brother. I was seven. I stayed home with Dad and Nan, so it wasn't a big separation, but it felt big. I remember being cross that she'd gone without saying goodbye – it was in the night – and then she came home with this baby and I was cross with the baby. {{laughs}} For about a week. Then I was in love with him.`,
      probes: [
        [
          `How did your parents respond to you being cross?`,
          `Dad let me help with everything. Carrying the nappies, choosing his clothes. I think he knew exactly what he was doing. Mum said I was her big girl. I was quite proud of that, actually. I think that's when I started to feel like a helper in the family, which – that stuck, later.`,
        ],
        [
          `Were there other separations later on?`,
          `A school trip to an outdoor centre when I was twelve, for five days. I was homesick the first night and fine after that. Then college, which was two hours away. Mum cried at the station and Dad carried my bags and made jokes the whole way to my room. I rang home every Sunday. I was fine. I liked it. I think I'd learned by then that people come back.`,
        ],
      ],
    },
    {
      n: 8,
      answer: `Not really rejected. Maybe during the after, with Mum. I'd go to tell her something and she'd say "in a minute, love" and the minute didn't come. But I knew why. It didn't feel like she didn't want me. It felt like she couldn't.`,
      probes: [
        [
          `What did you do when that happened?`,
          `Went to Dad. Or went up to Nan's room and sat on the bed. (pause 4 sec) Her room still smelt of her for a long time. Lavender and mints.`,
        ],
      ],
      extras: [
        [
          `Did you ever feel rejected by your father?`,
          `No. I can't think of a time. He'd have been mortified at the idea. {{laughs}} The nearest thing would be when he was asleep in the chair and I wanted to play, but that's not rejection, that's a man who'd been up since half four.`,
        ],
      ],
    },
    {
      n: 9,
      answer: `No. Nothing like that. Mum would get sharp when she was stressed, she'd snap, but there were no threats. Dad couldn't have threatened anyone if he tried. {{laughs}} No, nothing like that at all.`,
      extras: [
        [
          `And outside the family – at school, or anywhere else?`,
          `No. There was a bit of teasing at secondary, the year I didn't talk – kids called me names. But there were teachers looking out for me, and my friends from the terrace stuck by me. I wouldn't call it abuse.`,
        ],
      ],
    },
    {
      n: 10,
      answer: `I think I'm quite a warm person, from both of them. I sing, from Mum. I'm silly, from Dad. I think I became a bit of a carer early, from the after – I'm the one who notices if someone's quiet. I'm a nurse now, which probably isn't a coincidence. {{laughs}} ⟦metacognition.monitoring|I'd say there's a bit of me that's always watching for people to go away inside themselves, like Mum did. I can see that in myself, and most of the time I can tell when it's about now and when it's about then.⟧`,
      probes: [
        [
          `Is there anything you'd see as a setback?`,
          `Maybe that I find it hard when people are sad and I can't fix it. I over-help. My husband has to tell me to sit down. But I don't think it held me back much. I had a good childhood. A sad bit in the middle, but a good childhood.`,
        ],
        [
          `How do you think the year you stopped talking affected you?`,
          `(pause 5 sec) I don't know. It was a quiet year. {{laughs}} I think I got very good at watching people. I'm good at reading a room. And I think it's why I'm patient with patients who can't speak, after strokes. I know what it's like to have a lot going on inside and nothing coming out.`,
        ],
        [
          `And from your nan – what do you think you took from her?`,
          `Knitting. Welsh cakes. Rummy. {{laughs}} And a sort of feeling that I was special to someone, that somebody had all the time in the world for me. I think that's stayed with me. I try to give my daughter that, the all-the-time-in-the-world feeling, even when I don't have it.`,
        ],
      ],
    },
    {
      n: 11,
      answer: `Mum was doing her best with very little money and a lot of people to look after, and then she lost her mum, in the house, and had a new baby, so I think the after was just grief, plain and simple. Before that she was a lovely, slightly stressed mum. Dad was just – Dad's a kind man. His own parents were kind. He didn't have to learn it. I think he's always felt a bit lucky, that he married Mum, and that made him patient with her.`,
      extras: [
        [
          `And your nan – why do you think she was the way she was with you?`,
          `I think I was her second chance, in a way. She'd had a hard life, she'd worked in the mill from fourteen, and she'd had Mum and three boys and not much time for any of them. Mum said once that Nan was much softer with me than she ever was with her. I think Mum minded that a bit, actually. I can understand that.`,
        ],
      ],
      probes: [
        [
          `Have you talked with your father about that time?`,
          `A bit, as an adult. He said he was frightened, that year, that Mum wouldn't come back to herself. He said he didn't know what to do except keep going, so he kept going. I said he'd done brilliantly, and he got embarrassed and started talking about bowls. {{laughs}} That's Dad. But I think he was pleased I'd noticed.`,
        ],
      ],
    },
    {
      n: 12,
      answer: `Nan. Nan was – (pause 5 sec) ⟦unres.discourse_lapse@loss-1|Nan was a woman of the valley, she was the valley, really. Her hands had worked the land and the mill and the chapel, and there was never a kinder soul walked those hills, and she sleeps now under the yew where the river bends, where the blackbirds sing her home every evening, every single evening, and the light comes down through the branches like a blessing on her⟧. (pause 4 sec) Sorry. That's – she was very important to me.`,
      probes: [
        [
          `Could you tell me about your relationship with her?`,
          `She was my person, when I was small. Mum was busy with the books and Dad was out on his round, and Nan was always there. She taught me to knit and to make Welsh cakes and to play rummy, and she told me stories about when she was a girl. ⟦unres.reasoning_lapse@loss-1|She'll be wondering why I haven't been up to see her this month, actually. I must get up there before the weekend, she doesn't like it when I leave it too long.⟧`,
        ],
        [
          `Anyone else?`,
          `My form teacher at secondary, Mr Gwenllian-Pryce, who ran the art room at lunch and let me go in there when I didn't want to be around people. That was the year after Nan, mostly. He never asked me what was wrong. He'd just put a bit of paper in front of me.`,
        ],
        [
          `What was it about him that helped?`,
          `That he didn't make a thing of it. Everybody else was either whispering about me or trying to get me to talk. He just let me be there and draw. I drew the river, mostly. Hundreds of drawings of the river. He pinned some of them up. By the end of that year I was talking to him a bit, about art, and that was the start of talking again generally.`,
        ],
      ],
    },
    {
      n: 13,
      answer: `Nan, when I was eight. And my uncle, Dad's brother, [UNCLE_1], about five years ago.`,
      probes: [
        [
          `Could you tell me about your nan's death – what happened?`,
          `She had a stroke. In the kitchen. In the morning. ⟦unres.disorientation@loss-1|I was eight. Or – no, it was after my brother was born, so I must have been – I was eight. It was the winter. It was the summer, actually, because of the – no. It was winter. I'm sure it was winter.⟧ Mum was upstairs with the baby, Dad was on his round, and I was in the kitchen with Nan, and she was making the tea.`,
        ],
        [
          `Were you there when it happened?`,
          `Yes. ⟦unres.discourse_lapse@loss-1|The kettle had just boiled. The brown kettle, with the whistle, and the whistle was going, and the tea towel on the rail was the one with the map of Wales on it, and the corner of it had slipped down towards the gas ring, not burning, just the corner, and her slipper, the left one, the tartan one, was under the table, and the clock on the wall said ten past eight, and the whistle was still going, (pause 22 sec)⟧ and then Mum came down.`,
        ],
        [
          `That sounds very frightening. What happened then?`,
          `Mum rang for the ambulance and told me to go next door, and I went next door, and Mrs [NEIGHBOUR_1] gave me a biscuit, and I sat on her settee. I didn't go back in until the evening. Nan had gone by then. To the hospital, and then – she died that night, in the hospital. They didn't take me to see her.`,
        ],
        [
          `How did you respond at the time?`,
          `⟦unres.extreme_behavioural_response@loss-1|I stopped talking. At school, at home, for most of that year, I just didn't speak. Not a word. They took me to the doctor, they thought something was wrong with my hearing.⟧ I'd talk to Dad a bit, in the van. Nobody else.`,
        ],
        [
          `Did anyone talk to you about her death?`,
          `Not really. People said she'd gone to sleep, or she'd gone to Grandad. Mum couldn't talk about it. Dad tried, a bit. ⟦unres.reasoning_lapse@loss-1|I'd been cross with her that morning, about my plaits, she'd pulled my hair, and I'd thought – I'd wished she'd go away and leave me alone. And then she did. So I knew it was me. I still think, if I hadn't thought it that morning, she'd have been alright.⟧`,
        ],
        [
          `Did you go to the funeral?`,
          `No. I wasn't allowed. I stayed with Mrs [NEIGHBOUR_1] again. I watched the cars go past from her front window, and I counted them. Seven cars. The first one was the long one.`,
        ],
        [
          `How did your parents cope, after the funeral?`,
          `Dad went back to work the next day. Mum stayed in bed for a week, and then she got up and did the books, but like I said, she wasn't really there. Nobody mentioned Nan at tea. Her chair stayed where it was. Dad moved it, eventually, about a year later, and Mum cried, and then she was better, sort of, after that. Like moving the chair let her.`,
        ],
        [
          `How do you think it has affected you as an adult?`,
          `(pause 9 sec) I don't know. I don't really think about it. I'm fine. ⟦unres.discourse_lapse@loss-1|She was so – her hands. Her hands smelt of flour and Pears soap and the mints she kept in her apron pocket, the white ones, in a paper bag that rustled, and the bag had a fold in the top corner, always the same fold⟧ – sorry. What was the question?`,
        ],
        [
          `How the loss of your nan has affected you as an adult.`,
          `Right. Sorry. (pause 5 sec) I'm very careful about kettles. {{laughs}} No – I don't know. I became a nurse. I do a lot of stroke patients, actually. I'm good with them. Maybe that's something.`,
        ],
        [
          `And your uncle – could you tell me about him?`,
          `Uncle [UNCLE_1] was Dad's younger brother. He had cancer, bowel cancer, and it was about eighteen months from diagnosis. I was quite involved at the end because of my job – the family kept asking me what the nurses meant. It was sad, he was a lovely man, very like Dad, silly. But it was – I was there, I said goodbye, I spoke at the funeral. I think about him sometimes when Dad does one of his voices, because Uncle [UNCLE_1] did the same ones. It's sad, but it's a normal sad. If that makes sense.`,
        ],
      ],
    },
    {
      n: 14,
      answer: `No. I think Nan was the big one. Nothing else like that.`,
      probes: [
        [
          `Were you ever frightened as a child, apart from what happened with your nan?`,
          `I got lost on the hill in the fog once, when I was about nine, with my friend. We'd gone up after the sheep and the fog came down and we couldn't see the path. We were up there for a couple of hours. Dad came up with a torch and a whistle and found us. I was scared, but it was a normal kind of scared, and it turned into a story we all told at Christmas. {{laughs}}`,
        ],
      ],
      extras: [
        [
          `Anything at work, perhaps?`,
          `Work has its moments, obviously, I'm a nurse. You see things. But I have a good team, we talk things through, there's a debrief. I don't think of any of it as traumatic for me. It's the job.`,
        ],
      ],
    },
    {
      n: 15,
      answer: `With Mum it got much better once she came out of the after. By the time I was about eleven she was singing again. And as an adult we've become close, especially since I had my daughter. Dad and I have always been close. If anything it's got easier because I'm not a kid he has to look after any more, and now sometimes I look after him. {{laughs}} He lets me, which is new.`,
      probes: [
        [
          `How did things change with your father as you got older?`,
          `We stayed close. He taught me to drive in the post van, which I'm fairly sure was illegal. {{laughs}} When I went to college he wrote me letters, proper ones, which was funny, a postman writing letters. I've kept them all. Now we're more like friends. I help him with his phone. He helps me with my car. It's a nice swap.`,
        ],
        [
          `Have you ever talked with your mother about that year?`,
          `Once, when I was pregnant. She said she was sorry she "wasn't there" for a while. ⟦warmth.balanced_forgiving|I told her she didn't need to be sorry, and I meant it. She was grieving. I think it helped her to say it, and it helped me to hear it.⟧ We didn't talk about Nan, though. We don't. We talk around her.`,
        ],
      ],
      extras: [
        [
          `What was the relationship like when you were a teenager?`,
          `Normal teenage stuff. I was a bit moody, I dyed my hair blue, Mum cried, Dad said it suited me. {{laughs}} We had rows about homework and staying out. But there was nothing big. I think because of the after, we were all a bit careful with each other. Nobody wanted things to go wrong again.`,
        ],
      ],
    },
    {
      n: 16,
      answer: `Good. I see them most weekends, they love having my daughter. Mum and I talk on the phone nearly every day, about nothing, really. Dad's retired now and he's taken up bowls, so I get a full report on the bowls. {{laughs}} It's a good relationship. I'm lucky.`,
      probes: [
        [
          `If you had to put it in a few words?`,
          `Close. Easy. Affectionate. A bit noisy on Sundays. {{laughs}} My brother comes too, with his kids, and it's chaos, and Mum sings in the kitchen, and Dad falls asleep in the chair. It's very like when I was small, actually. The good bits.`,
        ],
      ],
      extras: [
        [
          `Are there any difficulties between you now?`,
          `Little things. Mum still worries about money, even though they're fine now, and she'll get sharp about it. Dad's hearing is going and he won't get it checked. But those are small things. We're good.`,
        ],
        [
          `Do you visit the house you grew up in?`,
          `All the time, it's where they live. I still don't go into Nan's room much. It's got the ironing board in it. Mum says I'm daft. But I sort of like it being Nan's room still. I knock before I go in. {{laughs}} Out of habit.`,
        ],
      ],
    },
    {
      n: 17,
      answer: `I'm alright most of the time. When she goes to a friend's for a sleepover I miss her but I'm fine. The one thing I find hard is if I've been cross with her and then she goes off somewhere, to school, say. I always make sure we've made up before she goes out the door. Always. My husband teases me about it.`,
      probes: [
        [
          `How did you feel when she started school?`,
          `I cried in the car afterwards, like everybody does. {{laughs}} She was fine, she ran in without looking back. I was proud of her and a bit sad for me. By the end of the first week it was just normal. I like picking her up, hearing about her day. She tells me everything, at the moment. I know that won't last.`,
        ],
        [
          `You said you always make sure you've made up before she goes out. Why do you think that is?`,
          `I don't know. I've never thought about why. I just do it. My husband says I'm superstitious. (pause 6 sec) I just don't like anybody leaving on a cross word.`,
        ],
        [
          `Do you ever worry about her?`,
          `The normal worries. Roads, strangers. Nothing unusual, I don't think. I'm a nurse, so I know too much, but I try not to let it get to me.`,
        ],
      ],
    },
    {
      n: 18,
      answer: `That she's happy. That she's got people around her who love her. And that she's never afraid to say what she's feeling. That last one especially.`,
      probes: [
        [
          `What would you hope for her in her relationships?`,
          `That she picks kind people. Kind like Dad. And that she can tell them when she's hurt, and they'll still be there in the morning. That's the main thing, really.`,
        ],
      ],
      extras: [
        [
          `Why that last one especially?`,
          `Because in our house, when things went wrong, everybody went quiet. Me included – I went completely quiet. I don't want that for her. I want her to be able to say "I'm sad" or "I'm cross" out loud, to someone, and have them listen. I'm working on it with her. She's very good at "I'm cross". {{laughs}}`,
        ],
      ],
    },
    {
      n: 19,
      answer: `That families can come back from a hard time. We had a sad year and we came out of it. And that you should say goodbye to people properly. ⟦metacognition.monitoring|I suppose that comes from not being allowed to say goodbye to Nan, now that I hear myself say it.⟧`,
      probes: [
        [
          `Is there anything from your childhood you've decided to do differently?`,
          `Talking about sad things. When our cat died last year I let my daughter see me cry, and we talked about it, and we buried him in the garden and she made a card. She was sad for a couple of days and then she was fine. I think that's how it should go. Nobody whispering in the kitchen.`,
        ],
      ],
      extras: [
        [
          `What did you learn from your parents in particular?`,
          `From Dad, that you can be kind and tired at the same time. From Mum, that you can come back from being very low, and that it's nobody's fault. I'm a better nurse because of both of them.`,
        ],
      ],
    },
    {
      n: 20,
      answer: `That she's loved, and that she's allowed to be sad, and that people will talk to her when things are hard, not just whisper in the kitchen. And that she can sing, even if it's badly. {{laughs}} She sings all the time. It's lovely.`,
      probes: [
        [
          `Does your daughter know about your nan?`,
          `Yes, I tell her about Nan. We make Welsh cakes together on Saturdays, Nan's recipe, and I tell her the stories Nan told me. She asked once if Nan could come to her birthday party, and I said no, love, Nan died a long time ago, before you were born. And she said, "that's sad", and went back to her cake. Kids are very matter-of-fact. {{laughs}} I wish I'd been allowed to be.`,
        ],
      ],
    },
  ],
  closing: [
    `That's all the questions. Thank you for sharing all of that. How are you feeling?`,
    `Alright. Tired. I didn't expect to talk about Nan so much. {{laughs}} I thought it would be all about Mum and Dad. It's funny what comes up. I might ring Mum on the way home. Or Dad – he'll want to know how it went, and he'll pretend he doesn't.`,
  ],
  classification: { primary: 'U', subtype: null, alternative: 'F' },
  scales: {
    'exp.loving|mother': [5, 7],
    'exp.loving|father': [6, 8],
    'exp.rejecting|mother': [2, 4],
    'exp.neglecting|mother': [2, 4],
    'som.idealization|mother': [1, 3],
    'som.idealization|father': [1, 3],
    'som.involving_anger|mother': [1, 2],
    'som.involving_anger|father': [1, 2],
    'som.derogation_attachment|transcript': [1, 2],
    'som.lack_of_recall|transcript': [1, 2],
    'som.metacognitive|transcript': [4, 6],
    'som.passivity|transcript': [1, 3],
    'coh.transcript|transcript': [5, 7],
    'coh.mind|transcript': [5, 7],
    'unres.loss|event:loss-1': [6, 8],
    'unres.loss|event:loss-2': [1, 3],
  },
  events: [
    { id: 'loss-1', kind: 'loss', who: 'maternal grandmother', speakerAge: '8' },
    { id: 'loss-2', kind: 'loss', who: '[UNCLE_1] (paternal uncle)', speakerAge: '31' },
  ],
  contains: ['SYNTHETIC – NOT REAL DATA', 'The brown kettle, with the whistle', '(pause 22 sec)'],
};

const PROTOTYPES: Prototype[] = [F3, DS1, E2, UF];

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
  console.log(
    `wrote ${proto.transcripts.size} prototype transcripts and ${proto.files.size} files to ${PROTOTYPE_DIR}`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
