"use client";

import { useState } from "react";
import type { DimensionId } from "@/lib/instruments/genai";
import type { PriorityIneligibility, RoadmapEntry } from "@/lib/plan/genai-roadmap";
import { PrioritiesChooser } from "./priorities-chooser";
import { RoadmapCard, type RoadmapLimits } from "./roadmap-card";

/** What the planner needs to know of each dimension; the page sends all thirteen in the model's order. */
export interface PlannerDimension {
  id: DimensionId;
  name: string;
  /** Today's level, or null when not applicable. */
  current: number | null;
  target: number | null;
  /** Why it cannot be a priority (not applicable, already at level 3 or beyond), or null when it can. */
  ineligibility: PriorityIneligibility | null;
}

export interface RoadmapPlannerProps {
  initialRoadmap: readonly RoadmapEntry[];
  dimensions: readonly PlannerDimension[];
  /** PUT { priorities } here; answers { roadmap }. */
  prioritiesEndpoint: string;
  /** PUT one entry to `${roadmapEndpoint}/${position}`. */
  roadmapEndpoint: string;
  limits: RoadmapLimits;
}

/**
 * The priorities (up to three) and their "Level 3 by Q3" cards. Changing a priority replaces the
 * roadmap with the server's answer; cards whose dimension stays keep their unsaved edits.
 */
export function RoadmapPlanner(props: RoadmapPlannerProps) {
  const [roadmap, setRoadmap] = useState<RoadmapEntry[]>(() => [...props.initialRoadmap]);
  const nameOf = (id: DimensionId) => props.dimensions.find((d) => d.id === id)?.name ?? id;

  if (roadmap.length === 0) {
    return (
      <p className="max-w-3xl text-muted" data-testid="no-priorities">
        Every dimension you run is already at Integrated Workflows (level 3) or beyond, so this roadmap has nothing to
        plan. Take the next step from the targets you set in the table below.
      </p>
    );
  }

  return (
    <div className="flex flex-col gap-8">
      <PrioritiesChooser
        priorities={roadmap.map((entry) => entry.dimension)}
        dimensions={props.dimensions}
        endpoint={props.prioritiesEndpoint}
        onChanged={setRoadmap}
      />
      <ol className="flex flex-col gap-6" aria-label="Level 3 by Q3 roadmap">
        {roadmap.map((entry, position) => (
          // Keyed by dimension: a card moves with its unsaved edits when priorities swap, and a new
          // dimension starts a fresh card from the server's answer.
          <li key={entry.dimension} className="break-inside-avoid-page">
            <RoadmapCard
              position={position}
              entry={entry}
              dimensionName={nameOf(entry.dimension)}
              endpoint={`${props.roadmapEndpoint}/${position}`}
              limits={props.limits}
              onSaved={(saved) => setRoadmap((current) => current.map((e, i) => (i === position ? saved : e)))}
            />
          </li>
        ))}
      </ol>
    </div>
  );
}
