"use client";

import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import { ProgressBar } from "@/components/ui/progress-bar";
import { Button } from "@/components/ui/button";
import { createSaveQueue, type SaveQueue, type SaveState } from "./save-queue";

/*
 * The questionnaire ships as little JavaScript as it can: content arrives as
 * props from the server page, there is no schema library or chart code here,
 * and every answer goes through the save queue the moment it is given.
 */

export type QuestionnaireChoice = 1 | 2 | 3 | 4 | 5 | "dont_know";

export interface QuestionnaireQuestion {
  id: string;
  prompt: string;
  options: readonly { level: 1 | 2 | 3 | 4 | 5; label: string }[];
}

export interface QuestionnaireStep {
  id: string;
  title: string;
  intro: string;
  questions: readonly QuestionnaireQuestion[];
}

export interface QuestionnaireProps {
  assessmentId: string;
  steps: readonly QuestionnaireStep[];
  initialAnswers: Readonly<Record<string, QuestionnaireChoice>>;
  initialStep: number;
  secondsPerQuestion: number;
  answerEndpoint: string;
  completeEndpoint: string;
  resumeUrl: string;
  dontKnowLabel: string;
}

const SAVE_MESSAGES: Record<SaveState, string> = {
  saved: "All answers saved",
  saving: "Saving…",
  retrying: "Connection lost. Your answers are kept on this device and will be sent when it returns.",
  rejected: "An answer could not be saved",
};

function formatTimeLeft(seconds: number): string {
  if (seconds <= 0) return "Done: ready for your results";
  if (seconds < 60) return "Less than a minute left";
  const minutes = Math.round(seconds / 60);
  return `About ${minutes} minute${minutes === 1 ? "" : "s"} left`;
}

export function Questionnaire(props: QuestionnaireProps) {
  const { steps, secondsPerQuestion } = props;
  const [answers, setAnswers] = useState<Record<string, QuestionnaireChoice>>({ ...props.initialAnswers });
  const [stepIndex, setStepIndex] = useState(() => Math.min(Math.max(props.initialStep, 0), steps.length - 1));
  const [saveState, setSaveState] = useState<SaveState>("saved");
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [completeError, setCompleteError] = useState<{ message: string; questionIds: string[] } | null>(null);
  const [isCompleting, setIsCompleting] = useState(false);
  const queueRef = useRef<SaveQueue<QuestionnaireChoice> | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const hasNavigated = useRef(false);
  const baseId = useId();

  const allQuestions = useMemo(() => steps.flatMap((s) => s.questions), [steps]);
  const total = allQuestions.length;
  const answered = allQuestions.filter((q) => answers[q.id] !== undefined).length;
  const step = steps[stepIndex] ?? steps[0];

  useEffect(() => {
    const queue = createSaveQueue<QuestionnaireChoice>({
      storageKey: `convergence:pending:${props.assessmentId}`,
      send: (questionId, choice) =>
        fetch(props.answerEndpoint, {
          method: "PUT",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ questionId, choice }),
          keepalive: true,
        }),
      onStateChange: (state) => setSaveState(state),
      onRejected: (questionId, message) => setProblems((p) => ({ ...p, [questionId]: message })),
    });
    queueRef.current = queue;
    // Answers given on this device but not yet acknowledged are newer than the server's copy.
    const unsent = queue.pending();
    // localStorage exists only in the browser, so this merge cannot happen during render.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (unsent.size > 0) setAnswers((current) => ({ ...current, ...Object.fromEntries(unsent) }));
    return () => queue.dispose();
  }, [props.assessmentId, props.answerEndpoint]);

  useEffect(() => {
    if (!hasNavigated.current) return;
    headingRef.current?.focus();
    window.scrollTo({ top: 0 });
  }, [stepIndex]);

  const goTo = useCallback(
    (index: number) => {
      hasNavigated.current = true;
      setStepIndex(index);
      const url = new URL(window.location.href);
      url.searchParams.set("step", String(index + 1));
      window.history.replaceState(window.history.state, "", url);
    },
    [],
  );

  function choose(questionId: string, choice: QuestionnaireChoice) {
    setAnswers((current) => ({ ...current, [questionId]: choice }));
    setProblems(({ [questionId]: _dropped, ...rest }) => rest);
    setCompleteError(null);
    queueRef.current?.save(questionId, choice);
  }

  async function complete() {
    const queue = queueRef.current;
    if (!queue) return;
    setIsCompleting(true);
    setCompleteError(null);
    try {
      const flushed = await queue.flushAndWait();
      if (!flushed) {
        setCompleteError({ message: "Some answers are not saved yet. Check your connection and try again.", questionIds: [] });
        return;
      }
      const response = await fetch(props.completeEndpoint, { method: "POST" });
      const body = (await response.json().catch(() => ({}))) as {
        resultUrl?: string;
        error?: { message?: string; unansweredQuestionIds?: string[] };
      };
      if (response.ok && body.resultUrl) {
        window.location.assign(body.resultUrl);
        return;
      }
      setCompleteError({
        message: body.error?.message ?? "Your results could not be prepared. Please try again.",
        questionIds: body.error?.unansweredQuestionIds ?? [],
      });
    } catch {
      setCompleteError({ message: "No connection. Your answers are safe; try again in a moment.", questionIds: [] });
    } finally {
      setIsCompleting(false);
    }
  }

  if (!step) return null;
  const isLast = stepIndex === steps.length - 1;
  const remaining = total - answered;
  const stepOfQuestion = (questionId: string) => steps.findIndex((s) => s.questions.some((q) => q.id === questionId));
  const promptOf = (questionId: string) => allQuestions.find((q) => q.id === questionId)?.prompt ?? questionId;

  return (
    <div className="flex flex-col gap-6">
      <div className="sticky top-0 z-10 -mx-4 border-b border-border bg-surface/95 px-4 py-3 backdrop-blur sm:mx-0 sm:rounded-lg sm:border">
        <div className="mb-2 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 text-sm">
          <span className="font-medium text-ink">
            {answered} of {total} answered
          </span>
          <span className="text-muted">{formatTimeLeft(remaining * secondsPerQuestion)}</span>
        </div>
        <ProgressBar
          label="Diagnostic progress"
          value={answered}
          max={total}
          valueText={`${answered} of ${total} questions answered`}
        />
        <p className="mt-2 text-xs text-muted" role="status" aria-live="polite">
          {SAVE_MESSAGES[saveState]}
        </p>
      </div>

      <nav aria-label="Sections" className="overflow-x-auto">
        <ol className="flex min-w-max gap-2 text-sm">
          {steps.map((s, index) => {
            const done = s.questions.every((q) => answers[q.id] !== undefined);
            const current = index === stepIndex;
            return (
              <li key={s.id}>
                <button
                  type="button"
                  onClick={() => goTo(index)}
                  aria-current={current ? "step" : undefined}
                  className={`rounded-full border px-3 py-1 transition-colors ${
                    current
                      ? "border-brand bg-brand text-on-brand"
                      : "border-border text-ink hover:border-brand"
                  }`}
                >
                  <span className="sr-only">Section {index + 1}: </span>
                  {s.title}
                  {done ? <span aria-label=" (complete)"> ✓</span> : null}
                </button>
              </li>
            );
          })}
        </ol>
      </nav>

      <section aria-labelledby={`${baseId}-heading`} className="flex flex-col gap-6">
        <header>
          <p className="text-sm font-medium uppercase tracking-wide text-muted">
            Section {stepIndex + 1} of {steps.length}
          </p>
          <h2 id={`${baseId}-heading`} ref={headingRef} tabIndex={-1} className="text-2xl font-semibold text-ink outline-none">
            {step.title}
          </h2>
          <p className="mt-1 text-muted">{step.intro}</p>
        </header>

        {step.questions.map((question, qIndex) => {
          const selected = answers[question.id];
          const problem = problems[question.id];
          const name = `${baseId}-${question.id}`;
          const choices: { value: QuestionnaireChoice; label: string }[] = [
            ...question.options.map((o) => ({ value: o.level as QuestionnaireChoice, label: o.label })),
            { value: "dont_know", label: props.dontKnowLabel },
          ];
          return (
            <fieldset
              key={question.id}
              className="rounded-xl border border-border bg-surface p-4 sm:p-5"
              aria-describedby={problem ? `${name}-problem` : undefined}
              data-question-id={question.id}
            >
              <legend className="float-left mb-3 w-full text-base font-semibold text-ink">
                <span className="text-muted">{qIndex + 1}. </span>
                {question.prompt}
              </legend>
              <div className="clear-both grid gap-2">
                {choices.map((choice) => {
                  const id = `${name}-${choice.value}`;
                  const isSelected = selected === choice.value;
                  return (
                    <label
                      key={String(choice.value)}
                      htmlFor={id}
                      className={`flex cursor-pointer items-center gap-3 rounded-lg border px-3 py-2.5 text-sm transition-colors has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-focus ${
                        isSelected ? "border-brand bg-brand-soft text-ink" : "border-border hover:border-brand"
                      } ${choice.value === "dont_know" ? "text-muted" : ""}`}
                    >
                      <input
                        type="radio"
                        id={id}
                        name={name}
                        value={String(choice.value)}
                        checked={isSelected}
                        onChange={() => choose(question.id, choice.value)}
                        className="size-4 accent-[var(--color-brand)] focus-visible:outline-none"
                      />
                      <span>{choice.label}</span>
                    </label>
                  );
                })}
              </div>
              {problem ? (
                <p id={`${name}-problem`} className="mt-2 text-sm text-danger" role="alert">
                  {problem}
                </p>
              ) : null}
            </fieldset>
          );
        })}
      </section>

      {completeError ? (
        <div role="alert" className="rounded-lg border border-danger bg-danger-soft p-4 text-sm text-ink">
          <p className="font-medium">{completeError.message}</p>
          {completeError.questionIds.length > 0 ? (
            <ul className="mt-2 list-disc pl-5">
              {completeError.questionIds.map((id) => (
                <li key={id}>
                  <button type="button" className="underline" onClick={() => goTo(Math.max(0, stepOfQuestion(id)))}>
                    {promptOf(id)}
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}

      <div className="flex flex-wrap items-center justify-between gap-3">
        <Button variant="secondary" onClick={() => goTo(stepIndex - 1)} disabled={stepIndex === 0}>
          Back
        </Button>
        {isLast ? (
          <Button onClick={complete} disabled={isCompleting}>
            {isCompleting ? "Preparing your results…" : "See my results"}
          </Button>
        ) : (
          <Button onClick={() => goTo(stepIndex + 1)}>Next: {steps[stepIndex + 1]?.title}</Button>
        )}
      </div>

      <p className="text-sm text-muted">
        Answers save as you go. To finish later or on another device, keep this link:{" "}
        <a className="break-all font-medium text-brand-ink underline" href={props.resumeUrl}>
          {props.resumeUrl}
        </a>
      </p>
    </div>
  );
}
