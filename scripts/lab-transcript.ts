// The lab-scale project's transcripts (scripts/lab-project.ts): synthetic AAI-like interviews, one section
// per interview question, interviewer and respondent turns. SYNTHETIC – NOT REAL DATA.

const QUESTIONS = [
  'Could you start by helping me get oriented to your early family situation?',
  'Could you describe your relationship with your parents as a young child?',
  'Could you give me five adjectives that reflect your relationship with your mother?',
  'You said your relationship with her was loving. Can you think of a memory that would illustrate that?',
  'Now five adjectives for your relationship with your father?',
  'To which parent did you feel the closest, and why?',
  'When you were upset as a child, what would you do?',
  'What is the first time you remember being separated from your parents?',
  'Did you ever feel rejected as a young child?',
  'Were your parents ever threatening with you in any way?',
  'In general, how do you think your overall experiences with your parents affected your adult personality?',
  'Why do you think your parents behaved as they did during your childhood?',
  'Were there any other adults with whom you were close, like parents, as a child?',
  'Did you experience the loss of a parent or other close loved one while you were a young child?',
  'Other than any difficult experiences you have already described, have you had any other experiences which you would regard as potentially traumatic?',
  'Now I would like to ask you about your relationship with your parents currently.',
  'How do you respond now, in terms of feelings, when you separate from your child?',
  'If you had three wishes for your child twenty years from now, what would they be?',
  'Is there any particular thing which you feel you learned above all from your own childhood experiences?',
  'We have been focusing a lot on the past, but I would like to end up looking quite a way into the future.',
];

const PHRASES = [
  'I suppose she was always there for us',
  'I really cannot remember much about that time',
  'we moved house a lot when I was small',
  'my father worked long hours and came home late',
  'she would make us tea after school and ask about our day',
  'I do not know, it was just normal, nothing special',
  'he could be quite strict but he was fair most of the time',
  'looking back now I think she was doing her best',
  'I remember one summer at my grandmother’s house',
  'we did not really talk about feelings in our family',
  'I would go to my room and read until it passed',
  'she was loving, very loving, the best mother anyone could have',
  'he used to shout, and then he would go quiet for days',
  'I think that made me more independent in a way',
  'I was maybe six or seven, I am not sure exactly',
  'my brother and I used to fight about everything',
  'when my grandfather died nobody explained anything to me',
  'I still think about it sometimes, especially at night',
  'she never hugged us, that was not her way',
  'I have forgiven him for most of it, I think',
  'we laughed a lot at dinner, that is what I remember',
  'I do not remember being upset, I was not that kind of child',
  'it sounds strange now but it seemed ordinary then',
  'my aunt was the one I really went to',
  'I want my children to feel they can come to me',
  'there was the time I broke my arm falling off the wall',
  'she took me to the hospital and stayed the whole night',
  'I am not sure why I said that, let me think',
  'he was there and then, well, he was not',
  'I can see her face but I cannot hear her voice any more',
];

const FILLERS = ['um', 'well', 'you know', 'I mean', 'sort of', 'like', 'actually', 'really'];

export const pick = <T>(rand: () => number, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

export interface Word {
  start: number;
  end: number;
}

export interface GeneratedTranscript {
  text: string;
  words: number;
  sections: { start: number; end: number; number: number; title: string }[];
  /** Respondent words, in text order: highlights are drawn over these. */
  respondentWords: Word[];
}

/** A transcript of about `target` words: interviewer questions opening each section, respondent answers. */
export function labTranscript(n: number, target: number, rand: () => number): GeneratedTranscript {
  const header = `SYNTHETIC – NOT REAL DATA\nParticipant LAB-${String(n + 1).padStart(4, '0')}\n`;
  let text = header;
  let words = 0;
  const secs: GeneratedTranscript['sections'] = [];
  const respondentWords: Word[] = [];
  const perSection = target / QUESTIONS.length;
  QUESTIONS.forEach((q, qi) => {
    const start = text.length;
    let sectionWords = 0;
    let first = true;
    while (sectionWords < perSection) {
      const question = first
        ? q
        : pick(rand, ['Can you tell me more?', 'Mm-hm. And then?', 'Why do you think that was?']);
      first = false;
      text += `I: ${question}\n`;
      sectionWords += question.split(' ').length;
      let answer = `R: `;
      const sentences = 2 + Math.floor(rand() * 6);
      for (let s = 0; s < sentences; s++) {
        let sentence = pick(rand, PHRASES);
        if (rand() < 0.4) sentence = `${pick(rand, FILLERS)}, ${sentence}`;
        if (rand() < 0.3) sentence += `, ${pick(rand, PHRASES)}`;
        answer += `${sentence[0]!.toUpperCase()}${sentence.slice(1)}. `;
      }
      answer = answer.trimEnd();
      const base = text.length;
      for (const m of answer.slice(3).matchAll(/\S+/g)) {
        respondentWords.push({ start: base + 3 + m.index, end: base + 3 + m.index + m[0].length });
        sectionWords++;
      }
      text += `${answer}\n`;
    }
    words += sectionWords;
    secs.push({ start, end: text.length - 1, number: qi + 1, title: q.length > 60 ? `${q.slice(0, 57)}…` : q });
  });
  return { text: text.slice(0, -1), words, sections: secs, respondentWords };
}
