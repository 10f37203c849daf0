"use client";

import { useId, useMemo, useState } from "react";
import { RadioCards } from "./radio-cards";
import { QuestionnaireShell, replaceStepInUrl, useCompletion } from "./questionnaire-shell";
import { useSaveQueue } from "./use-save-queue";

/*
 * The Convergence questionnaire ships as little JavaScript as it can: content
 * arrives as props from the server page, there is no schema library or chart
 * code here, and every answer goes through the save queue when it is given.
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

export interface ConvergenceQuestionnaireProps {
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

export function ConvergenceQuestionnaire(props: ConvergenceQuestionnaireProps) {
  const { steps } = props;
  const baseId = useId();
  const [answers, setAnswers] = useState<Record<string, QuestionnaireChoice>>({ ...props.initialAnswers });
  const [stepIndex, setStepIndex] = useState(() => Math.min(Math.max(props.initialStep, 0), steps.length - 1));

  const queue = useSaveQueue<QuestionnaireChoice>({
    storageKey: `convergence:pending:${props.assessmentId}`,
    send: (questionId, choice) =>
      fetch(props.answerEndpoint, {
        method: "PUT",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ questionId, choice }),
        keepalive: true,
      }),
    onRestore: (pending) => setAnswers((current) => ({ ...current, ...Object.fromEntries(pending) })),
  });

  const allQuestions = useMemo(() => steps.flatMap((s) => s.questions), [steps]);
  const answered = allQuestions.filter((q) => answers[q.id] !== undefined).length;
  const step = steps[stepIndex];
  const completion = useCompletion({
    flushAndWait: queue.flushAndWait,
    endpoint: props.completeEndpoint,
    linkFor: (id) => {
      const sectionIndex = steps.findIndex((s) => s.questions.some((q) => q.id === id));
      const prompt = allQuestions.find((q) => q.id === id)?.prompt;
      return sectionIndex >= 0 && prompt ? { sectionIndex, label: prompt } : null;
    },
  });

  function goTo(index: number) {
    setStepIndex(index);
    replaceStepInUrl(index);
  }

  function choose(questionId: string, choice: QuestionnaireChoice) {
    setAnswers((current) => ({ ...current, [questionId]: choice }));
    completion.clearCompleteError();
    queue.save(questionId, choice);
  }



  if (!step) return null;

  return (
    <QuestionnaireShell
      progressLabel="Diagnostic progress"
      sections={steps.map((s) => ({ id: s.id, title: s.title, isDone: s.questions.every((q) => answers[q.id] !== undefined) }))}
      sectionIndex={stepIndex}
      onNavigate={goTo}
      answered={answered}
      total={allQuestions.length}
      secondsLeft={(allQuestions.length - answered) * props.secondsPerQuestion}
      saveState={queue.state}
      intro={<p className="mt-1 text-muted">{step.intro}</p>}
      onComplete={completion.complete}
      isCompleting={completion.isCompleting}
      completeError={completion.completeError}
      resumeUrl={props.resumeUrl}
    >
      {step.questions.map((question, index) => (
        <RadioCards<QuestionnaireChoice>
          key={question.id}
          name={`${baseId}-${question.id}`}
          legend={
            <>
              <span className="text-muted">{index + 1}. </span>
              {question.prompt}
            </>
          }
          options={[
            ...question.options.map((o) => ({ value: o.level as QuestionnaireChoice, label: o.label })),
            { value: "dont_know" as const, label: props.dontKnowLabel, isQuiet: true },
          ]}
          selected={answers[question.id]}
          onChange={(choice) => choose(question.id, choice)}
          problem={queue.problems[question.id]}
          dataAttributes={{ "data-question-id": question.id }}
        />
      ))}
    </QuestionnaireShell>
  );
}
