import { PILLARS } from "@/lib/instruments/convergence";
import { DIMENSION_IDS } from "@/lib/instruments/genai";
import type { Instrument } from "@/lib/validation/assessment";

/** Names and figures the team pages share. */

export const INSTRUMENT_NAMES: Record<Instrument, string> = {
  convergence: "Convergence diagnostic",
  genai: "Generative AI maturity model",
};

export const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** A round's title, or a plain one made from its instrument and date. */
export function roundTitleOf(round: { title: string; instrument: Instrument; kind: "solo" | "team"; createdAt: Date }): string {
  if (round.title.trim() !== "") return round.title;
  const date = dateFormat.format(round.createdAt);
  return round.kind === "team" ? `${INSTRUMENT_NAMES[round.instrument]}, team round of ${date}` : `${INSTRUMENT_NAMES[round.instrument]} of ${date}`;
}


export { levelLabelOf, partNameOf } from "@/lib/teams/labels";

/** The parts of an instrument in the model's order. */
export function partsOf(instrument: Instrument): readonly string[] {
  return instrument === "convergence" ? PILLARS.map((p) => p.id) : DIMENSION_IDS;
}
