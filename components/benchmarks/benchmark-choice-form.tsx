import { Button } from "@/components/ui/button";
import type { BenchmarkChoice } from "@/lib/data/benchmarks";

const longDate = (date: Date) => date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/**
 * The organisation's explicit choice to share this result with the benchmark: off until chosen,
 * withdrawable at any time. A plain form (works without JavaScript); the route answers 303 back here.
 */
export function BenchmarkChoiceForm({
  assessmentId,
  choice,
  partsName,
}: {
  assessmentId: string;
  choice: BenchmarkChoice;
  /** "pillar" or "dimension". */
  partsName: string;
}) {
  const status = choice.optIn
    ? `Shared with the benchmark${choice.optInAt ? ` since ${longDate(choice.optInAt)}` : ""}.`
    : "Not shared with the benchmark.";
  return (
    <section aria-labelledby="benchmark-choice-heading" className="rounded-card border border-border bg-sunken p-5 sm:p-6 print:hidden">
      <h3 id="benchmark-choice-heading" className="text-title text-ink">
        Contribute to the benchmark
      </h3>
      <p className="mt-2 text-small text-ink">
        Sharing adds this result&apos;s scores (the overall figure and each {partsName}) to the anonymous benchmark, filed under
        your organisation&apos;s industry and size. Your organisation&apos;s name, the people who answered and their answers are
        never shared, and no group of fewer than 10 organisations is ever shown. Nothing is shared until you choose to, and
        you can withdraw at any time: the result then leaves every figure at once.
      </p>
      <p className="mt-2 text-small text-muted">
        Only your organisation&apos;s latest result counts. A newer result is not shared until you choose to share it too.
      </p>
      <p className="mt-4 text-small font-semibold text-ink" data-testid="benchmark-choice-status">
        {status}
      </p>
      {!choice.isLatest ? (
        <p className="mt-1 text-small text-muted">
          Your organisation has a newer result, so this one counts in no figure whatever you choose here.
        </p>
      ) : null}
      {choice.canChange ? (
        <form method="post" action={`/api/assessments/${encodeURIComponent(assessmentId)}/benchmark`} className="mt-4">
          <input type="hidden" name="optIn" value={choice.optIn ? "false" : "true"} />
          <Button type="submit" variant={choice.optIn ? "secondary" : "primary"}>
            {choice.optIn ? "Withdraw from the benchmark" : "Share anonymously"}
          </Button>
        </form>
      ) : (
        <p className="mt-1 text-small text-muted">Only the organisation&apos;s owner or its consultant can change this choice.</p>
      )}
    </section>
  );
}
