export type ClassValue = string | number | false | null | undefined;

/**
 * Joins class names, skipping falsy values. It does not resolve conflicts between
 * utilities: pass `className` to add classes, not to fight a component's own.
 */
export function cn(...values: ClassValue[]): string {
  return values.filter(Boolean).join(" ");
}
