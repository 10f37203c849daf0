/*
 * The priority-swap rule and the roadmap's size on their own, free of the model's content, so a
 * client component can use them without shipping the thirteen dimensions' texts.
 */
import { countWord } from "../report/prose";

/** How many priority dimensions the roadmap carries at most. */
export const PRIORITY_COUNT = 3;

/**
 * Why a roadmap has fewer cards than PRIORITY_COUNT, in one sentence the page and the report
 * share; null for a full roadmap or an empty one (which says so in its own words).
 */
export function shortRoadmapNote(cardCount: number): string | null {
  if (cardCount <= 0 || cardCount >= PRIORITY_COUNT) return null;
  const cards = cardCount === 1 ? "one card" : `${countWord(cardCount)} cards`;
  return `Only ${countWord(cardCount)} of the dimensions that apply ${cardCount === 1 ? "is" : "are"} below level 3, so the roadmap has ${cards}.`;
}

/** Puts a dimension at a position in the priorities, swapping places if it is already listed. */
export function replacePriority<T extends string>(
  priorities: readonly T[],
  index: number,
  dimension: T,
): T[] {
  if (!Number.isInteger(index) || index < 0 || index >= priorities.length) {
    throw new RangeError(`No priority at index ${index} (there are ${priorities.length})`);
  }
  const next = [...priorities];
  const previousIndex = next.indexOf(dimension);
  const displaced = next[index];
  // A swap rather than an overwrite, so the list never holds the same dimension twice.
  if (previousIndex !== -1 && displaced !== undefined) next[previousIndex] = displaced;
  next[index] = dimension;
  return next;
}
