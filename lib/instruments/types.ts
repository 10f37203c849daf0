/** A maturity level on the 1–5 scale shared by both instruments. */
export type MaturityLevel = 1 | 2 | 3 | 4 | 5;

export const MATURITY_LEVELS: readonly MaturityLevel[] = [1, 2, 3, 4, 5];

/** "Don't know" is a real answer, but it carries no maturity and is left out of every score. */
export const DONT_KNOW = "dont_know" as const;
export type DontKnow = typeof DONT_KNOW;

/** What a respondent can give for a question: the maturity of the chosen option, or "don't know". */
export type Choice = MaturityLevel | DontKnow;

export function isMaturityLevel(value: unknown): value is MaturityLevel {
  return value === 1 || value === 2 || value === 3 || value === 4 || value === 5;
}
