/**
 * Small pieces of English the pages, the report and the plans share. Pure and light, so a client
 * component can import them without pulling in the report builder.
 */

/** Joins names as prose: "A", "A and B", "A, B and C". */
export function joinAsProse(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** "no", "one", "two" … "nine" for a small count; digits beyond. */
export function countWord(count: number): string {
  return ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"][count] ?? String(count);
}

/** The text with its first letter in capitals. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
