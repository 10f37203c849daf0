import { GENAI_LEVELS } from "@/lib/instruments/genai";
import type { MaturityLevel } from "@/lib/instruments/types";
import { LEVEL_FILL } from "@/components/results/level-style";

/**
 * The common language of the model: what Marketing sees and what IT sees at each level.
 * A table on wide screens; on phones each level stacks, with the column names shown inline.
 */
export function CommonLanguageTable({ current }: { current: MaturityLevel | null }) {
  return (
    <table className="w-full border-collapse text-left text-small max-sm:block">
      <caption className="sr-only">What Marketing sees and what IT sees at each of the five levels</caption>
      <thead className="max-sm:sr-only">
        <tr className="border-b border-border-strong text-muted">
          <th scope="col" className="w-48 py-2 pr-4 pl-2 font-medium">Level</th>
          <th scope="col" className="py-2 pr-4 font-medium">What Marketing sees</th>
          <th scope="col" className="py-2 font-medium">What IT sees</th>
        </tr>
      </thead>
      <tbody className="max-sm:block">
        {GENAI_LEVELS.map((level) => {
          const isCurrent = level.level === current;
          return (
            <tr
              key={level.level}
              aria-current={isCurrent ? "true" : undefined}
              className={`border-b border-border align-top break-inside-avoid max-sm:block max-sm:py-3 ${isCurrent ? "bg-brand-soft" : ""}`}
            >
              <th scope="row" className="py-3 pr-4 font-semibold text-ink max-sm:block max-sm:py-1 sm:pl-2">
                <span className="flex items-center gap-2">
                  <span
                    aria-hidden="true"
                    className={`inline-grid size-6 shrink-0 place-items-center rounded-md text-xs tabular-nums ${LEVEL_FILL[level.level]}`}
                  >
                    {level.level}
                  </span>
                  <span>
                    <span className="sr-only">Level {level.level}: </span>
                    {level.name}
                  </span>
                </span>
                {isCurrent ? <span className="mt-1 block text-xs font-medium text-brand-ink">You are here</span> : null}
              </th>
              <td className="py-3 pr-4 text-ink max-sm:block max-sm:py-1">
                <span aria-hidden="true" className="block text-xs font-medium text-muted sm:hidden">
                  Marketing sees
                </span>
                {level.marketingSees}
              </td>
              <td className="py-3 text-ink max-sm:block max-sm:py-1 sm:pr-2">
                <span aria-hidden="true" className="block text-xs font-medium text-muted sm:hidden">
                  IT sees
                </span>
                {level.itSees}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
