import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pathOfNulCharacter } from "./text";

describe("pathOfNulCharacter", () => {
  it("names the first field whose text holds a NUL", () => {
    expect(pathOfNulCharacter("a\u0000b")).toBe("_");
    expect(pathOfNulCharacter({ name: "Acme", notes: ["ok", "bad\u0000"] })).toBe("notes.1");
    expect(pathOfNulCharacter({ entry: { owner: "\u0000" } })).toBe("entry.owner");
  });

  it("passes any value without a NUL, whatever else its text holds", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const clean = JSON.parse(JSON.stringify(value).replaceAll("\\u0000", "")) as unknown;
        expect(pathOfNulCharacter(clean)).toBeNull();
      }),
    );
    expect(pathOfNulCharacter({ at: new Date(0), n: 1, b: true, none: null })).toBeNull();
  });

  it("finds a NUL wherever it is put", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.array(fc.string({ minLength: 1, maxLength: 8 }).filter((k) => !k.includes(".")), { maxLength: 3 }), (before, after, keys) => {
        const text = `${before}\u0000${after}`;
        const nested = keys.reduceRight<unknown>((inner, key) => ({ [key]: inner }), text);
        expect(pathOfNulCharacter(nested)).toBe(keys.length > 0 ? keys.join(".") : "_");
      }),
    );
  });
});
