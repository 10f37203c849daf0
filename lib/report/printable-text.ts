/**
 * Text the embedded font can draw. A PDF renderer prints a blank box (or nothing) for a
 * character its font lacks, so what respondents type (tool names, owners, evidence notes) is
 * brought into the font's character set before rendering. Our own content is held to the set
 * by a test instead (lib/pdf/glyph-coverage.test.ts): it must never need this.
 */

/** Whether the font can draw a code point. */
export type CodePointTest = (codePoint: number) => boolean;

/** Printed in place of a character that has no glyph and no readable substitute. */
export const REPLACEMENT = "?";

/** Characters with a plain substitute that reads the same (the font lacks the original). */
const SUBSTITUTES: Readonly<Record<string, string>> = {
  "\u2010": "-", // hyphen
  "\u2011": "-", // non-breaking hyphen
  "\u2012": "–", // figure dash
  "\u2015": "—", // horizontal bar
  "\u2192": "->",
  "\u2190": "<-",
  "\u21d2": "=>",
  "\u2264": "<=",
  "\u2265": ">=",
  "\u2260": "!=",
  "\u2713": "v", // check mark
  "\u2714": "v",
  "\u2717": "x", // ballot x
  "\u2718": "x",
  "\u25cf": "•",
  "\u25aa": "•",
  "\u2023": "•",
  "\u2043": "-",
  "\u00b4": "'",
  "\u2035": "'",
  "\u202f": "\u00a0", // narrow no-break space
  "\u2007": " ",
  "\u3000": " ",
};

/** Characters that carry no visible meaning and are dropped: soft hyphen, zero-width marks, BOM. */
const INVISIBLE = /[\u00ad\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\ufeff]/g;

/** C0/C1 control characters other than the line feed (a deliberate line break in a note). */
function isControl(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return char !== "\n" && (code < 0x20 || (code >= 0x7f && code <= 0x9f));
}

function isDrawable(text: string, isSupported: CodePointTest): boolean {
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (char !== "\n" && !isSupported(codePoint)) return false;
  }
  return true;
}

/**
 * The same text in characters the font can draw: tabs become spaces, invisible and control
 * characters go, known symbols get a plain substitute, accented letters the font lacks lose
 * their accent (NFKD: "ǆ" → "dž" → "dz"), and anything else becomes "?". Line feeds stay.
 */
export function makePrintable(text: string, isSupported: CodePointTest): string {
  const cleaned = [...text.replace(/\t/g, " ").replace(/\r\n?/g, "\n").replace(INVISIBLE, "")]
    .filter((char) => !isControl(char))
    .join("");
  if (isDrawable(cleaned, isSupported)) return cleaned;
  let out = "";
  for (const char of cleaned) {
    if (char === "\n" || isSupported(char.codePointAt(0) ?? 0)) {
      out += char;
      continue;
    }
    const substitute = SUBSTITUTES[char];
    if (substitute !== undefined && isDrawable(substitute, isSupported)) {
      out += substitute;
      continue;
    }
    const decomposed = char.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
    out += decomposed !== "" && isDrawable(decomposed, isSupported) ? decomposed : REPLACEMENT;
  }
  return out;
}

/** A deep copy of a plain value with every string passed through `transform` (keys untouched). */
export function mapStrings<T>(value: T, transform: (text: string) => string): T {
  if (typeof value === "string") return transform(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => mapStrings(item, transform)) as T;
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([key, item]) => [key, mapStrings(item, transform)]),
    ) as T;
  }
  return value;
}

/** Every string inside a plain value (objects, arrays, nested), in document order. */
export function collectStrings(value: unknown): string[] {
  const strings: string[] = [];
  mapStrings(value, (text) => {
    strings.push(text);
    return text;
  });
  return strings;
}

/** The characters of `strings` the font cannot draw, each with one string that uses it (line feeds allowed). */
export function findUndrawableCharacters(
  strings: readonly string[],
  isSupported: CodePointTest,
): { character: string; codePoint: string; example: string }[] {
  const found = new Map<string, string>();
  for (const text of strings) {
    for (const char of text) {
      if (char === "\n" || found.has(char) || isSupported(char.codePointAt(0) ?? 0)) continue;
      found.set(char, text);
    }
  }
  return [...found].map(([character, example]) => ({
    character,
    codePoint: `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`,
    example,
  }));
}
