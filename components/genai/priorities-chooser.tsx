"use client";

import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import type { DimensionId } from "@/lib/instruments/genai";
import { replacePriority, shortRoadmapNote } from "@/lib/plan/priorities";
import { countWord, joinAsProse } from "@/lib/report/prose";
import type { RoadmapEntry } from "@/lib/plan/genai-roadmap";
import type { PlannerDimension } from "./roadmap-planner";

export interface PrioritiesChooserProps {
  priorities: readonly DimensionId[];
  dimensions: readonly PlannerDimension[];
  endpoint: string;
  onChanged: (roadmap: RoadmapEntry[]) => void;
}

type Status = { kind: "idle" } | { kind: "saving"; index: number } | { kind: "done"; text: string } | { kind: "error"; text: string };


function levelsText(d: PlannerDimension | undefined): string {
  if (!d) return "";
  if (d.current === null) return "not applicable";
  return d.target !== null && d.target !== d.current
    ? `Today level ${d.current}, target level ${d.target}`
    : `Today level ${d.current}, holding`;
}

/**
 * The priority dimensions, each with a select and a "Change" button to swap it for another.
 * The select offers what the server accepts: a dimension that can be a priority, or one already
 * listed (to swap places). The others are named below the list, with the reason.
 */
export function PrioritiesChooser(props: PrioritiesChooserProps) {
  const baseId = useId();
  const [choices, setChoices] = useState<DimensionId[]>(() => [...props.priorities]);
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const byId = new Map(props.dimensions.map((d) => [d.id, d]));
  const offered = props.dimensions.filter((d) => d.ineligibility === null || props.priorities.includes(d.id));
  const notOffered = (why: NonNullable<PlannerDimension["ineligibility"]>) =>
    props.dimensions.filter((d) => d.ineligibility === why && !props.priorities.includes(d.id)).map((d) => d.name);
  const alreadyThere = notOffered("already_there");
  const notApplicable = notOffered("not_applicable");
  const count = props.priorities.length;
  const shortNote = shortRoadmapNote(count);

  async function change(index: number) {
    const chosen = choices[index];
    if (!chosen || chosen === props.priorities[index]) return;
    const next = replacePriority(props.priorities, index, chosen);
    setStatus({ kind: "saving", index });
    try {
      const response = await fetch(props.endpoint, {
        method: "PUT",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ priorities: next }),
      });
      const body = (await response.json().catch(() => ({}))) as { roadmap?: RoadmapEntry[]; error?: { message?: string } };
      if (!response.ok || !body.roadmap) {
        setStatus({ kind: "error", text: body.error?.message ?? "The priority could not be changed. Please try again." });
        return;
      }
      props.onChanged(body.roadmap);
      setChoices(body.roadmap.map((e) => e.dimension));
      const name = byId.get(chosen)?.name ?? chosen;
      const otherIndex = props.priorities.indexOf(chosen);
      setStatus({
        kind: "done",
        text:
          otherIndex === -1
            ? `Priority ${index + 1} is now ${name}. Its roadmap card starts from the level 3 defaults, with the same owners and date.`
            : `Priorities ${Math.min(index, otherIndex) + 1} and ${Math.max(index, otherIndex) + 1} swapped places; their roadmap cards moved with them.`,
      });
    } catch {
      setStatus({ kind: "error", text: "No connection: the priority was not changed. Try again in a moment." });
    }
  }

  return (
    <div className="flex flex-col gap-3">
      <h3 className="text-title text-ink">
        {count === 1 ? "Your priority" : `Your ${countWord(count)} priorities`}
      </h3>
      <ol className="grid gap-3 md:grid-cols-3">
        {props.priorities.map((id, index) => {
          const selectId = `${baseId}-priority-${index}`;
          const dimension = byId.get(id);
          const isSaving = status.kind === "saving" && status.index === index;
          return (
            <li key={index} className="flex flex-col gap-3 rounded-card border border-border bg-surface p-4 break-inside-avoid" data-priority={index}>
              <div>
                <p className="text-xs font-semibold tracking-wide text-muted uppercase">Priority {index + 1}</p>
                <p className="mt-0.5 font-semibold text-ink" data-testid={`priority-${index}`}>
                  {dimension?.name ?? id}
                </p>
                <p className="text-small text-muted">{levelsText(dimension)}</p>
              </div>
              <div className="mt-auto flex flex-col gap-2 print:hidden">
                <label htmlFor={selectId} className="text-xs font-medium text-muted">
                  Swap priority {index + 1} for
                </label>
                <select
                  id={selectId}
                  className="field"
                  value={choices[index] ?? id}
                  onChange={(event) => {
                    const value = event.target.value as DimensionId;
                    setChoices((current) => current.map((c, i) => (i === index ? value : c)));
                  }}
                >
                  {offered.map((d) => (
                    <option key={d.id} value={d.id}>
                      {d.name}
                      {d.id !== id && props.priorities.includes(d.id) ? " (swap places)" : ""}
                    </option>
                  ))}
                </select>
                <Button
                  variant="secondary"
                  onClick={() => void change(index)}
                  disabled={isSaving || (choices[index] ?? id) === id}
                  aria-label={`Change priority ${index + 1}`}
                >
                  {isSaving ? "Changing…" : "Change"}
                </Button>
              </div>
            </li>
          );
        })}
      </ol>
      {alreadyThere.length > 0 || notApplicable.length > 0 ? (
        <p className="text-small text-muted print:hidden" data-testid="not-offered">
          {alreadyThere.length > 0
            ? `Not offered: ${joinAsProse(alreadyThere)} ${alreadyThere.length === 1 ? "is" : "are"} already at Integrated Workflows (level 3) or beyond.`
            : "Not offered:"}
          {notApplicable.length > 0
            ? ` ${joinAsProse(notApplicable)} ${notApplicable.length === 1 ? "is" : "are"} marked not applicable.`
            : ""}
        </p>
      ) : null}
      {shortNote ? <p className="text-small text-muted">{shortNote}</p> : null}
      <p
        role="status"
        aria-live="polite"
        className={`min-h-5 text-small print:hidden ${status.kind === "error" ? "text-danger" : "text-muted"}`}
      >
        {status.kind === "done" || status.kind === "error" ? status.text : ""}
      </p>
    </div>
  );
}
