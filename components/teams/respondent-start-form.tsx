import { Button } from "@/components/ui/button";
import { RESPONDENT_FUNCTIONS } from "@/lib/validation/teams";

/**
 * The respondent's one question before the questionnaire: their function. A plain form post (no
 * JavaScript needed); the endpoint sets this browser's key and opens the questionnaire.
 */
export function RespondentStartForm({ token, problem }: { token: string; problem?: string }) {
  return (
    <form action={`/api/respond/${encodeURIComponent(token)}`} method="post" className="flex flex-col gap-5">
      <fieldset aria-describedby={problem ? "function-problem" : "function-hint"}>
        <legend className="text-body font-semibold text-ink">Your function</legend>
        <p id="function-hint" className="mt-1 text-small text-muted">
          The part of the organisation you answer for. It is how your answers are grouped.
        </p>
        <div className="mt-3 grid gap-2 sm:grid-cols-2">
          {RESPONDENT_FUNCTIONS.map((f) => (
            <label
              key={f.value}
              className="flex cursor-pointer items-center gap-3 rounded-control border border-border px-3 py-2.5 text-small text-ink hover:border-brand has-[:checked]:border-brand has-[:checked]:bg-brand-soft has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-focus"
            >
              <input type="radio" name="function" value={f.value} required className="size-4 shrink-0 accent-[var(--color-brand)] focus-visible:outline-none" />
              {f.label}
            </label>
          ))}
        </div>
        {problem ? (
          <p id="function-problem" role="alert" className="mt-2 text-small font-medium text-danger">
            {problem}
          </p>
        ) : null}
      </fieldset>
      <div>
        <Button type="submit" size="lg">
          Start
        </Button>
      </div>
    </form>
  );
}
