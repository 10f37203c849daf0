"use client";

import { useCallback, useEffect, useId, useRef, useState } from "react";
import type { GtmMotion } from "@/lib/instruments/genai";
import type { MaturityLevel } from "@/lib/instruments/types";
import type { DimensionRating } from "@/lib/scoring/genai";
import { RadioCards } from "./radio-cards";
import { QuestionnaireShell, replaceStepInUrl, useCompletion } from "./questionnaire-shell";
import { useSaveQueue } from "./use-save-queue";

/*
 * The Generative AI maturity questionnaire: the go-to-market motion, then one
 * section per dimension (where the team is today, where it wants to be, and
 * for levels 4 and 5 what shows it). It reuses the Convergence frame and save
 * queue; content arrives as props, and only type imports reach into lib, so
 * the page ships neither the model's texts it does not show nor any schema or
 * chart library.
 */

type Level = MaturityLevel;
type Current = DimensionRating["current"];

const NOT_APPLICABLE: Extract<Current, string> = "not_applicable";
const LEVELS: readonly Level[] = [1, 2, 3, 4, 5];
/** Today's levels from which the evidence note is asked for. */
const EVIDENCE_FROM_LEVEL = 4;
/** Typing in the evidence note is sent once the respondent pauses this long. */
const EVIDENCE_DEBOUNCE_MS = 600;
const MOTION_KEY = "motion";

export interface GenAiQuestionnaireDimension {
  id: string;
  name: string;
  summary: string;
  /** The five observable descriptions, level 1 to 5. */
  levels: readonly string[];
}

export interface GenAiQuestionnaireProps {
  assessmentId: string;
  motions: readonly { id: GtmMotion; name: string; description: string }[];
  dimensions: readonly GenAiQuestionnaireDimension[];
  /** Level names 1..5, for the target question. */
  levelNames: readonly string[];
  initialMotion: GtmMotion | null;
  initialRatings: Readonly<Record<string, DimensionRating>>;
  initialStep: number;
  secondsPerSection: number;
  evidenceMax: number;
  notApplicableLabel: string;
  motionEndpoint: string;
  ratingEndpoint: string;
  completeEndpoint: string;
  resumeUrl: string;
}

/** What the save queue holds per key: the motion, or a dimension's full rating. */
type PendingSave = { motion: GtmMotion } | DimensionRating;

function isMotionSave(value: PendingSave): value is { motion: GtmMotion } {
  return "motion" in value;
}

/** A rating as it should be sent: no target for "not applicable", no hidden evidence. */
function toSendable(rating: DimensionRating): DimensionRating {
  if (rating.current === NOT_APPLICABLE) return { current: NOT_APPLICABLE, target: null, evidence: "" };
  const target = rating.target === null || rating.target < rating.current ? rating.current : rating.target;
  return { current: rating.current, target, evidence: rating.current >= EVIDENCE_FROM_LEVEL ? rating.evidence : "" };
}

export function GenAiQuestionnaire(props: GenAiQuestionnaireProps) {
  const { dimensions, motions } = props;
  const baseId = useId();
  const sectionCount = dimensions.length + 1;
  const [motion, setMotion] = useState<GtmMotion | null>(props.initialMotion);
  const [ratings, setRatings] = useState<Record<string, DimensionRating>>({ ...props.initialRatings });
  const [stepIndex, setStepIndex] = useState(() => Math.min(Math.max(props.initialStep, 0), sectionCount - 1));

  const queue = useSaveQueue<PendingSave>({
    storageKey: `genai:pending:${props.assessmentId}`,
    send: (key, value) =>
      fetch(isMotionSave(value) ? props.motionEndpoint : props.ratingEndpoint, {
        method: "PUT",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(isMotionSave(value) ? { motion: value.motion } : { dimensionId: key, ...toSendable(value) }),
        keepalive: true,
      }),
    onRestore: (pending) => {
      for (const [key, value] of pending) {
        if (isMotionSave(value)) setMotion(value.motion);
        else setRatings((current) => ({ ...current, [key]: value }));
      }
    },
  });

  // Evidence typed but not yet handed to the queue, by dimension id.
  const typing = useRef(new Map<string, { timer: number; rating: DimensionRating }>());
  const { save } = queue;

  const flushTyping = useCallback(() => {
    for (const [dimensionId, { timer, rating }] of typing.current) {
      window.clearTimeout(timer);
      save(dimensionId, toSendable(rating));
    }
    typing.current.clear();
  }, [save]);

  // Leaving the page (closing the tab, switching app on a phone) hands pending typing to the queue,
  // which stores it on this device before sending, so a note is never lost to the debounce.
  useEffect(() => {
    const onHide = () => flushTyping();
    const onVisibility = () => {
      if (document.visibilityState === "hidden") flushTyping();
    };
    window.addEventListener("pagehide", onHide);
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      window.removeEventListener("pagehide", onHide);
      document.removeEventListener("visibilitychange", onVisibility);
      flushTyping();
    };
  }, [flushTyping]);

  const isDimensionDone = (id: string) => ratings[id] !== undefined;
  const sections = [
    { id: MOTION_KEY, title: "Your go-to-market", isDone: motion !== null },
    ...dimensions.map((d) => ({ id: d.id, title: d.name, isDone: isDimensionDone(d.id) })),
  ];
  const answered = sections.filter((s) => s.isDone).length;
  const completion = useCompletion({
    flushAndWait: queue.flushAndWait,
    endpoint: props.completeEndpoint,
    beforeComplete: flushTyping,
    linkFor: (id) => {
      const sectionIndex = sections.findIndex((s) => s.id === id);
      const section = sections[sectionIndex];
      return section ? { sectionIndex, label: section.title } : null;
    },
  });

  function goTo(index: number) {
    flushTyping();
    setStepIndex(index);
    replaceStepInUrl(index);
  }

  function chooseMotion(next: GtmMotion) {
    setMotion(next);
    completion.clearCompleteError();
    queue.save(MOTION_KEY, { motion: next });
  }

  function updateRating(dimensionId: string, next: DimensionRating, isTyping = false) {
    setRatings((current) => ({ ...current, [dimensionId]: next }));
    completion.clearCompleteError();
    const pending = typing.current.get(dimensionId);
    if (pending) window.clearTimeout(pending.timer);
    if (isTyping) {
      const timer = window.setTimeout(() => {
        typing.current.delete(dimensionId);
        save(dimensionId, toSendable(next));
      }, EVIDENCE_DEBOUNCE_MS);
      typing.current.set(dimensionId, { timer, rating: next });
      return;
    }
    typing.current.delete(dimensionId);
    save(dimensionId, toSendable(next));
  }

  function chooseCurrent(dimensionId: string, current: Current) {
    const previous = ratings[dimensionId];
    const evidence = previous?.evidence ?? "";
    if (current === NOT_APPLICABLE) {
      updateRating(dimensionId, { current, target: null, evidence });
      return;
    }
    // Today chosen first: the target starts at today, so the rating can be saved at once.
    const previousTarget = previous?.target ?? null;
    const target = previousTarget !== null && previousTarget >= current ? previousTarget : current;
    updateRating(dimensionId, { current, target, evidence });
  }



  const dimensionIndex = stepIndex - 1;
  const dimension = dimensions[dimensionIndex];

  return (
    <QuestionnaireShell
      progressLabel="GenAI assessment progress"
      sections={sections}
      sectionIndex={stepIndex}
      onNavigate={goTo}
      answered={answered}
      total={sectionCount}
      secondsLeft={(sectionCount - answered) * props.secondsPerSection}
      saveState={queue.state}
      intro={
        dimension ? (
          <>
            <p className="mt-1 text-muted">{dimension.summary}</p>
            <p className="mt-1 text-sm text-muted">Pick what a colleague could see today, not what you plan.</p>
          </>
        ) : (
          <p className="mt-1 text-muted">
            How your pipeline is mostly won decides which three dimensions your roadmap proposes first.
          </p>
        )
      }
      onComplete={completion.complete}
      isCompleting={completion.isCompleting}
      completeError={completion.completeError}
      resumeUrl={props.resumeUrl}
    >
      {dimension ? (
        <DimensionQuestions
          key={dimension.id}
          baseId={baseId}
          dimension={dimension}
          rating={ratings[dimension.id]}
          levelNames={props.levelNames}
          evidenceMax={props.evidenceMax}
          notApplicableLabel={props.notApplicableLabel}
          problem={queue.problems[dimension.id]}
          onCurrent={(current) => chooseCurrent(dimension.id, current)}
          onTarget={(target) => {
            const rating = ratings[dimension.id];
            if (rating) updateRating(dimension.id, { ...rating, target });
          }}
          onEvidence={(evidence) => {
            const rating = ratings[dimension.id];
            if (rating) updateRating(dimension.id, { ...rating, evidence }, true);
          }}
          onEvidenceBlur={flushTyping}
        />
      ) : (
        <RadioCards<GtmMotion>
          name={`${baseId}-motion`}
          legend="How does your team win most of its pipeline?"
          options={motions.map((m) => ({ value: m.id, label: `${m.name}: ${m.description}` }))}
          selected={motion ?? undefined}
          onChange={chooseMotion}
          problem={queue.problems[MOTION_KEY]}
          dataAttributes={{ "data-question": "motion" }}
        />
      )}
    </QuestionnaireShell>
  );
}

interface DimensionQuestionsProps {
  baseId: string;
  dimension: GenAiQuestionnaireDimension;
  rating: DimensionRating | undefined;
  levelNames: readonly string[];
  evidenceMax: number;
  notApplicableLabel: string;
  problem: string | undefined;
  onCurrent: (current: Current) => void;
  onTarget: (target: Level) => void;
  onEvidence: (evidence: string) => void;
  onEvidenceBlur: () => void;
}

/** Today, target and evidence for one dimension. */
function DimensionQuestions(props: DimensionQuestionsProps) {
  const { dimension, rating } = props;
  const name = `${props.baseId}-${dimension.id}`;
  const current = rating?.current;
  const level = current === undefined || current === NOT_APPLICABLE ? null : current;
  const evidenceId = `${name}-evidence`;
  const evidenceHintId = `${evidenceId}-hint`;
  const evidence = rating?.evidence ?? "";

  return (
    <>
      <RadioCards<Current>
        name={`${name}-current`}
        legend="Where is your team today?"
        options={[
          ...LEVELS.map((l) => ({ value: l as Current, label: dimension.levels[l - 1] ?? `Level ${l}` })),
          { value: NOT_APPLICABLE, label: props.notApplicableLabel, isQuiet: true },
        ]}
        selected={current}
        onChange={props.onCurrent}
        problem={props.problem}
        dataAttributes={{ "data-dimension-id": dimension.id, "data-question": "current" }}
      />

      {level !== null ? (
        <RadioCards<Level>
          name={`${name}-target`}
          legend={
            <>
              Where do you want it to be?
              <span className="mt-0.5 block text-sm font-normal text-muted">
                Today is level {level}; a target cannot sit below it.
              </span>
            </>
          }
          options={LEVELS.filter((l) => l >= level).map((l) => ({
            value: l,
            label: `Level ${l}: ${props.levelNames[l - 1] ?? ""}${l === level ? " (stay where we are)" : ""}`,
          }))}
          selected={rating?.target ?? level}
          onChange={props.onTarget}
          dataAttributes={{ "data-dimension-id": dimension.id, "data-question": "target" }}
        />
      ) : null}

      {level !== null && level >= EVIDENCE_FROM_LEVEL ? (
        <div className="flex flex-col gap-2 rounded-card border border-border bg-surface p-4 sm:p-5">
          <label htmlFor={evidenceId} className="text-base font-semibold text-ink">
            What shows it? <span className="font-normal text-muted">(optional)</span>
          </label>
          <p id={evidenceHintId} className="text-sm text-muted">
            Level {level} is a strong claim. Name what a colleague could check: a workflow, a report, a metric.
          </p>
          <textarea
            id={evidenceId}
            className="field min-h-24 field-sizing-content"
            rows={3}
            maxLength={props.evidenceMax}
            value={evidence}
            aria-describedby={evidenceHintId}
            data-dimension-id={dimension.id}
            onChange={(event) => props.onEvidence(event.target.value)}
            onBlur={props.onEvidenceBlur}
          />
          <p className="text-right text-xs text-muted" aria-hidden="true">
            {evidence.length} / {props.evidenceMax}
          </p>
        </div>
      ) : null}
    </>
  );
}
