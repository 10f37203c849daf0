import { Button } from "@/components/ui/button";
import { ROUND_TITLE_MAX } from "@/lib/validation/teams";
import { INSTRUMENT_NAMES } from "./team-labels";
import { minutesToComplete } from "@/lib/instruments/timing";

export interface StartRoundFormProps {
  organizationId: string;
  /** "team": invite respondents by link. "solo": the viewer answers a new assessment now (a re-assessment). */
  kind: "team" | "solo";
  /** Unique on the page: prefixes the fields' ids. */
  idPrefix?: string;
}

/**
 * Starts a round for an organisation (owner or its consultant). A plain form post, so it works
 * without JavaScript: the endpoint answers with the round page (team) or the questionnaire (solo).
 */
export function StartRoundForm({ organizationId, kind, idPrefix = `start-${kind}` }: StartRoundFormProps) {
  return (
    <form action={`/api/organizations/${organizationId}/rounds`} method="post" className="flex flex-col gap-4">
      <input type="hidden" name="kind" value={kind} />
      <fieldset>
        <legend className="mb-2 text-small font-semibold text-ink">Instrument</legend>
        <div className="flex flex-col gap-2 sm:flex-row sm:gap-6">
          {(["convergence", "genai"] as const).map((instrument, index) => (
            <label key={instrument} className="inline-flex items-center gap-2 text-small text-ink">
              <input
                type="radio"
                name="instrument"
                value={instrument}
                defaultChecked={index === 0}
                required
                className="size-4 accent-[var(--color-brand)]"
              />
              {INSTRUMENT_NAMES[instrument]}
              <span className="text-muted">(about {minutesToComplete(instrument)} minutes)</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-col gap-1.5">
        <label htmlFor={`${idPrefix}-title`} className="text-small font-semibold text-ink">
          Title <span className="font-normal text-muted">(optional)</span>
        </label>
        <input
          id={`${idPrefix}-title`}
          name="title"
          type="text"
          maxLength={ROUND_TITLE_MAX}
          placeholder={kind === "team" ? "e.g. Leadership team, spring review" : "e.g. 90-day re-assessment"}
          className="field max-w-md"
        />
      </div>
      <div>
        <Button type="submit">{kind === "team" ? "Start a team assessment" : "Start a new assessment"}</Button>
      </div>
    </form>
  );
}
