/*
 * The priority-swap rule on its own, free of the model's content, so a client
 * component can use it without shipping the thirteen dimensions' texts.
 */

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
