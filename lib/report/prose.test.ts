import { describe, expect, it } from "vitest";
import { capitalise, countWord, joinAsProse } from "./prose";

describe("prose", () => {
  it("joins names with commas and a final 'and'", () => {
    expect(joinAsProse([])).toBe("");
    expect(joinAsProse(["A"])).toBe("A");
    expect(joinAsProse(["A", "B"])).toBe("A and B");
    expect(joinAsProse(["A", "B", "C"])).toBe("A, B and C");
  });

  it("spells small counts and keeps digits beyond nine", () => {
    expect([0, 1, 2, 3].map(countWord)).toEqual(["no", "one", "two", "three"]);
    expect(countWord(12)).toBe("12");
    expect(capitalise(countWord(2))).toBe("Two");
  });
});
