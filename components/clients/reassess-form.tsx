import { Button } from "@/components/ui/button";

const INSTRUMENT_OPTIONS = [
  { value: "convergence", label: "Convergence diagnostic", hint: "17 questions on data, platforms, process, KPIs and people" },
  { value: "genai", label: "Generative AI maturity model", hint: "13 marketing dimensions, today and target" },
] as const;

const KIND_OPTIONS = [
  { value: "team", label: "The team", hint: "invite Marketing, IT, Data, Sales and others by link; their answers are combined" },
  { value: "solo", label: "One sitting, here", hint: "answer it now in this browser, for example in a session with the CMO" },
] as const;

/**
 * Starts a new round for the client: a plain form (works without JavaScript) posting to the
 * organisation's rounds endpoint with the instrument and who answers.
 */
export function ReassessForm({ organizationId, submitLabel, defaultInstrument }: { organizationId: string; submitLabel: string; defaultInstrument: "convergence" | "genai" }) {
  return (
    <form method="post" action={`/api/organizations/${encodeURIComponent(organizationId)}/rounds`} className="flex flex-col gap-5">
      <div className="grid gap-5 sm:grid-cols-2">
        <fieldset>
          <legend className="mb-2 text-small font-semibold text-ink">Instrument</legend>
          <div className="flex flex-col gap-2">
            {INSTRUMENT_OPTIONS.map((option) => (
              <label key={option.value} className="flex items-start gap-2 text-small text-ink">
                <input type="radio" name="instrument" value={option.value} defaultChecked={option.value === defaultInstrument} className="mt-1 size-4 accent-brand" />
                <span>
                  <span className="font-semibold">{option.label}</span>
                  <span className="block text-muted">{option.hint}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend className="mb-2 text-small font-semibold text-ink">Who answers</legend>
          <div className="flex flex-col gap-2">
            {KIND_OPTIONS.map((option) => (
              <label key={option.value} className="flex items-start gap-2 text-small text-ink">
                <input type="radio" name="kind" value={option.value} defaultChecked={option.value === "team"} className="mt-1 size-4 accent-brand" />
                <span>
                  <span className="font-semibold">{option.label}</span>
                  <span className="block text-muted">{option.hint}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      <div>
        <Button type="submit">{submitLabel}</Button>
      </div>
    </form>
  );
}
