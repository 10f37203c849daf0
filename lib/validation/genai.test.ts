import { describe, expect, it } from "vitest";
import { roadmapEntrySchemaFor } from "./genai";

const entry = {
  whatItLooksLike: "",
  infrastructure: "",
  training: "",
  governance: "",
  successMeasure: "",
  marketingWin: "",
  itWin: "",
  marketingOwner: "Dana",
  itOwner: "Sam",
  targetDate: "2027-09-30",
};

function ownerMessages(patch: Partial<typeof entry>): Record<string, string | undefined> {
  const parsed = roadmapEntrySchemaFor("2026-12-07").safeParse({ ...entry, ...patch });
  if (parsed.success) return {};
  return Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join("."), issue.message]));
}

describe("roadmapEntrySchemaFor", () => {
  it("names a missing owner with the field's label as written, keeping IT in capitals", () => {
    expect(ownerMessages({ itOwner: "   " })).toEqual({ itOwner: "Name the IT owner" });
    expect(ownerMessages({ marketingOwner: "" })).toEqual({ marketingOwner: "Name the Marketing owner" });
  });

  it("accepts an entry with both owners named and the texts left empty", () => {
    expect(ownerMessages({})).toEqual({});
  });
});
