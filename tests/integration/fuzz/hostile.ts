// Hostile inputs shared by the route fuzzing: strings that have broken web apps before, and
// fast-check arbitraries for path segments, header values and arbitrary JSON built from them.
import fc from "fast-check";

/** Keys that pollute prototypes when an object is merged carelessly. */
export const PROTOTYPE_KEYS = ["__proto__", "constructor", "prototype", "__defineGetter__", "hasOwnProperty", "toString", "valueOf"];

/** Strings that have broken parsers, queries, templates or logs. */
export const HOSTILE_STRINGS: readonly string[] = [
  "",
  " ",
  "\t\n\r",
  "null",
  "undefined",
  "true",
  "NaN",
  "-1",
  "0",
  "1e309",
  "0x1F",
  "[]",
  "{}",
  "'",
  '"',
  "\\",
  "`",
  "' OR '1'='1",
  "'; DROP TABLE \"Assessment\"; --",
  "1; SELECT * FROM User --",
  "\" UNION SELECT passwordHash FROM \"User\" --",
  "%",
  "_",
  "%00",
  "%2e%2e%2f",
  "%252e",
  "%zz",
  "\u0000",
  "a\u0000b",
  "../",
  "../../../../etc/passwd",
  "..\\..\\windows\\win.ini",
  "/",
  "//evil.example/",
  "https://evil.example/",
  "javascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "\"><svg onload=alert(1)>",
  "{{7*7}}",
  "${7*7}",
  "#{7*7}",
  "<%= 7*7 %>",
  "\u202Eevil\u202C",
  "\u200B",
  "\u200D\u200C\uFEFF",
  "\u2028\u2029",
  "\uD800",
  "\uDFFF",
  "\uFFFF",
  "😀",
  "👩🏽‍💻👨‍👩‍👧‍👦",
  "Z̷̡̛͓̪̹̝̙̝̠͉̗̯̞̻̯͉͇̳̓̆̊̍̅̈́͊͆̔̀̂̐̀̏̕͝ͅ",
  "ｆｕｌｌｗｉｄｔｈ",
  "İıſK",
  "ß",
  "ﬀ",
  "مرحبا",
  "שלום",
  "日本語のテキスト",
  "\u0301",
  "a".repeat(65),
  "a".repeat(256),
  "x".repeat(4097),
  "A".repeat(24),
  "AAAAAAAAAAAAAAAAAAAAAAA=",
  "AAAAAAAAAAAAAAAAAAAAAA==",
  "convergence",
  "genai",
  "not_applicable",
  "dont_know",
  "owner",
  "admin",
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "\r\nSet-Cookie: pwned=1",
  "a@b",
  "@example.com",
  "someone@example.com\u0000",
  "SOMEONE@EXAMPLE.COM ",
  "someone@[127.0.0.1]",
  "2026-02-30",
  "9999-12-31",
  "0000-00-00",
  "2026-13-01",
];

/** A string made of one hostile string repeated (long values, up to about `maxLength` characters). */
export function longString(maxLength: number): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom("a", "é", "😀", "<", "\u200B", "'", "0"), fc.integer({ min: 1, max: maxLength }))
    .map(([unit, length]) => unit.repeat(Math.max(1, Math.floor(length / unit.length))));
}

/*
 * Any code point, lone surrogates included. (fast-check's own "binary" and "grapheme" units map the
 * whole of Unicode in memory when first used: seconds of start-up for the same characters.)
 */
const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).map((codePoint) => String.fromCodePoint(codePoint));
const graphemes = fc.constantFrom("é", "e\u0301", "👍🏾", "👩‍👩‍👧", "🇫🇷", "ﬀ", "Å", "ǅ", "\u0000", "\u00A0", "\u3000", "\u{1D11E}");

/** Any hostile text: the list, random unicode, mixtures of both, and long strings. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...HOSTILE_STRINGS), weight: 6 },
  { arbitrary: fc.string({ unit: anyCodePoint, maxLength: 40 }), weight: 2 },
  { arbitrary: fc.string({ unit: fc.oneof(graphemes, fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code))), maxLength: 20 }), weight: 2 },
  {
    arbitrary: fc.tuple(fc.constantFrom(...HOSTILE_STRINGS), fc.string({ maxLength: 8 }), fc.constantFrom(...HOSTILE_STRINGS)).map((parts) => parts.join("")),
    weight: 2,
  },
  { arbitrary: longString(5_000), weight: 1 },
);

/** Numbers at and beyond the edges. */
export const edgeNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(0, -0, -1, 1, 2, 3, 5, 6, 0.5, 1.5, 2 ** 31, 2 ** 53 + 1, -(2 ** 63), 1e308, -1e308, Number.MIN_VALUE, 4.9e-324),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Arbitrary JSON, with hostile strings and prototype-pollution keys among its keys and values. */
export const hostileJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.constant(null),
    fc.boolean(),
    edgeNumber,
    hostileString,
    fc.array(tie("value"), { maxLength: 5 }),
    fc
      .array(fc.tuple(fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), hostileString, fc.string({ maxLength: 10 })), tie("value")), { maxLength: 5 })
      // Object.fromEntries defines "__proto__" as an own key, as JSON.parse does.
      .map((entries) => Object.fromEntries(entries)),
  ),
})).value;

/** Texts that are not valid JSON (or are JSON of an unexpected shape). */
export const invalidJsonText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("", "{", "}", "[", "{\"a\":}", "{'a':1}", "{a:1}", "[1,]", "{\"a\":1,}", "nul", "tru", "\"unterminated", "{\"a\":\"\\u12\"}", "\uFEFF{}", "{}{}", "{\"__proto__\":{\"polluted\":true}}", "{\"constructor\":{\"prototype\":{\"polluted\":true}}}", "1".repeat(400), "[".repeat(5_000), "{\"a\":".repeat(2_000)),
  hostileString,
  fc.string({ unit: anyCodePoint, maxLength: 200 }),
  fc.json().map((text) => text.slice(0, Math.max(0, text.length - 1))),
);

/** Path segments: hostile strings, traversal, encodings, id-shaped strings and very long ones. */
export const hostileSegment: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: hostileString, weight: 5 },
  { arbitrary: fc.stringMatching(/^[A-Za-z0-9_-]{24}$/), weight: 2 },
  { arbitrary: fc.stringMatching(/^[A-Za-z0-9_-]{1,70}$/), weight: 2 },
  { arbitrary: fc.constantFrom("0", "1", "2", "3", "-1", "1.0", "0x1", "1e0", " 1", "00", "Infinity", "NaN", ""), weight: 1 },
  { arbitrary: longString(10_000), weight: 1 },
);

/** The text with each lone surrogate replaced by U+FFFD: what a decoded URL or UTF-8 body can hold. */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
}

/** encodeURIComponent for any JS string (a lone surrogate, which no URL can carry, becomes U+FFFD). */
export function encodeSegment(text: string): string {
  return encodeURIComponent(wellFormed(text));
}

/** Makes text usable as an HTTP header value, as a server would receive it (Latin-1, no CR/LF/NUL). */
export function asHeaderValue(text: string): string {
  return Array.from(text, (ch) => {
    const code = ch.codePointAt(0) ?? 0;
    if (code === 0 || code === 10 || code === 13 || code > 255) return encodeSegment(ch);
    return ch;
  }).join("");
}

/** IPv4 and IPv6 client addresses, plus junk, for X-Forwarded-For (each run gets its own address). */
export const clientAddress: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.ipV4(), weight: 8 },
  { arbitrary: fc.ipV6(), weight: 2 },
  { arbitrary: hostileString.map(asHeaderValue), weight: 1 },
);
