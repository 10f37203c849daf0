// What a respondent has to read to finish the diagnostic, in words (pure: reused by the bench
// and any test that wants to hold the questionnaire to its length budget).

interface PillarText {
  intro: string;
}

interface QuestionText {
  prompt: string;
  options: readonly { label: string }[];
}

export interface RespondentWords {
  pillarIntros: number;
  prompts: number;
  optionLabels: number;
  /** The "Don't know" label, counted once per question because every question shows it. */
  dontKnow: number;
  total: number;
}

/** Counts whitespace-separated tokens holding a letter or digit: "Don't" and "90-day" are one word, "–" none. */
export function countWords(text: string): number {
  return text.split(/\s+/u).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** Words a respondent reads: pillar intros, question prompts, option labels and one "Don't know" per question. */
export function countRespondentWords(input: {
  pillars: readonly PillarText[];
  questions: readonly QuestionText[];
  dontKnowLabel: string;
}): RespondentWords {
  const sum = (texts: readonly string[]) => texts.reduce((total, text) => total + countWords(text), 0);
  const pillarIntros = sum(input.pillars.map((pillar) => pillar.intro));
  const prompts = sum(input.questions.map((question) => question.prompt));
  const optionLabels = sum(input.questions.flatMap((question) => question.options.map((option) => option.label)));
  const dontKnow = input.questions.length * countWords(input.dontKnowLabel);
  return { pillarIntros, prompts, optionLabels, dontKnow, total: pillarIntros + prompts + optionLabels + dontKnow };
}
