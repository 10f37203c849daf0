"use client";

import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { ProgressBar } from "@/components/ui/progress-bar";
import type { SaveState } from "./save-queue";

/*
 * The frame every questionnaire shares: progress and time left, the save
 * status, section navigation, back/next, completion and the resume link.
 * The instrument-specific questions are its children.
 */

export interface ShellSection {
  id: string;
  title: string;
  isDone: boolean;
}

export interface CompleteError {
  message: string;
  /** Sections to revisit, with a label for each link. */
  links: { sectionIndex: number; label: string }[];
}

export interface QuestionnaireShellProps {
  progressLabel: string;
  sections: readonly ShellSection[];
  sectionIndex: number;
  onNavigate: (index: number) => void;
  answered: number;
  total: number;
  secondsLeft: number;
  saveState: SaveState;
  intro: ReactNode;
  children: ReactNode;
  onComplete: () => void;
  isCompleting: boolean;
  completeError: CompleteError | null;
  resumeUrl: string;
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

/** Scrolls `strip` sideways, as little as needed, so `tab` is wholly visible with a little room (no animation). */
function scrollIntoStrip(strip: HTMLElement, tab: HTMLElement): void {
  const room = 16;
  const box = strip.getBoundingClientRect();
  const target = tab.getBoundingClientRect();
  if (target.left < box.left) strip.scrollLeft += target.left - box.left - room;
  else if (target.right > box.right) strip.scrollLeft += Math.min(target.right - box.right + room, target.left - box.left);
}

/** Keeps `?step=N` in the address bar so a copied link opens the same section. */
export function replaceStepInUrl(index: number): void {
  const url = new URL(window.location.href);
  url.searchParams.set("step", String(index + 1));
  window.history.replaceState(window.history.state, "", url);
}

export function QuestionnaireShell(props: QuestionnaireShellProps) {
  const { sections, sectionIndex, answered, total } = props;
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const lastIndex = useRef(sectionIndex);
  const section = sections[sectionIndex];
  const isLast = sectionIndex === sections.length - 1;

  // The section strip scrolls sideways (GenAI has 14 tabs): on opening and on every move, bring the
  // current tab into view within the strip alone (never the page, never focus), before paint.
  const stripRef = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const strip = stripRef.current;
    const tab = strip?.querySelector<HTMLElement>('[aria-current="step"]');
    if (strip && tab) scrollIntoStrip(strip, tab);
  }, [sectionIndex]);

  // Moving between sections puts focus on the new heading, for keyboard and screen-reader users.
  useEffect(() => {
    if (lastIndex.current === sectionIndex) return;
    lastIndex.current = sectionIndex;
    headingRef.current?.focus();
    window.scrollTo({ top: 0 });
  }, [sectionIndex]);

  if (!section) return null;

  return (
    <div className="flex flex-col gap-6">
      <div className="sticky top-0 z-10 -mx-4 border-b border-border bg-surface/95 px-4 py-3 backdrop-blur sm:mx-0 sm:rounded-card sm:border">
        <div className="mb-2 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 text-sm">
          <span className="font-medium text-ink">
            {answered} of {total} answered
          </span>
          <span className="text-muted">{formatTimeLeft(props.secondsLeft)}</span>
        </div>
        <ProgressBar label={props.progressLabel} value={answered} max={total} valueText={`${answered} of ${total} answered`} />
        <p className="mt-2 text-xs text-muted" role="status" aria-live="polite">
          {SAVE_MESSAGES[props.saveState]}
        </p>
      </div>

      <nav ref={stripRef} aria-label="Sections" className="relative overflow-x-auto">
        <ol className="flex min-w-max gap-2 text-sm">
          {sections.map((s, index) => {
            const isCurrent = index === sectionIndex;
            return (
              <li key={s.id}>
                <button
                  type="button"
                  onClick={() => props.onNavigate(index)}
                  aria-current={isCurrent ? "step" : undefined}
                  className={`rounded-pill border px-3 py-1 transition-colors ${
                    isCurrent ? "border-brand bg-brand text-on-brand" : "border-border text-ink hover:border-brand"
                  }`}
                >
                  <span className="sr-only">Section {index + 1}: </span>
                  {s.title}
                  {s.isDone ? <span className="sr-only"> (complete)</span> : null}
                  {s.isDone ? <span aria-hidden="true"> ✓</span> : null}
                </button>
              </li>
            );
          })}
        </ol>
      </nav>

      <section aria-labelledby={headingId} className="flex flex-col gap-6">
        <header>
          <p className="text-sm font-medium uppercase tracking-wide text-muted">
            Section {sectionIndex + 1} of {sections.length}
          </p>
          <h2 id={headingId} ref={headingRef} tabIndex={-1} className="text-2xl font-semibold text-ink outline-none">
            {section.title}
          </h2>
          {props.intro}
        </header>
        {props.children}
      </section>

      {props.completeError ? (
        <div role="alert" className="rounded-control border border-danger bg-danger-soft p-4 text-sm text-ink">
          <p className="font-medium">{props.completeError.message}</p>
          {props.completeError.links.length > 0 ? (
            <ul className="mt-2 list-disc pl-5">
              {props.completeError.links.map((link) => (
                <li key={link.label}>
                  <button type="button" className="underline" onClick={() => props.onNavigate(link.sectionIndex)}>
                    {link.label}
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}

      <div className="flex flex-wrap items-center justify-between gap-3">
        <Button variant="secondary" onClick={() => props.onNavigate(sectionIndex - 1)} disabled={sectionIndex === 0}>
          Back
        </Button>
        {isLast ? (
          <Button onClick={props.onComplete} disabled={props.isCompleting}>
            {props.isCompleting ? "Preparing your results…" : "See my results"}
          </Button>
        ) : (
          <Button onClick={() => props.onNavigate(sectionIndex + 1)}>Next: {sections[sectionIndex + 1]?.title}</Button>
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

/** Flushes unsent answers, asks the server to complete, and follows the result link. */
export async function completeAssessmentRequest(
  flushAndWait: () => Promise<boolean>,
  completeEndpoint: string,
): Promise<{ ok: true; resultUrl: string } | { ok: false; message: string; unansweredIds: string[] }> {
  try {
    if (!(await flushAndWait())) {
      return { ok: false, message: "Some answers are not saved yet. Check your connection and try again.", unansweredIds: [] };
    }
    const response = await fetch(completeEndpoint, { method: "POST" });
    const body = (await response.json().catch(() => ({}))) as {
      resultUrl?: string;
      error?: { message?: string; unansweredQuestionIds?: string[] };
    };
    if (response.ok && body.resultUrl) return { ok: true, resultUrl: body.resultUrl };
    return {
      ok: false,
      message: body.error?.message ?? "Your results could not be prepared. Please try again.",
      unansweredIds: body.error?.unansweredQuestionIds ?? [],
    };
  } catch {
    return { ok: false, message: "No connection. Your answers are safe; try again in a moment.", unansweredIds: [] };
  }
}

/**
 * The "See my results" step shared by every questionnaire: flush, complete,
 * follow the result link, or show what is missing with links to its sections.
 */
export function useCompletion(options: {
  flushAndWait: () => Promise<boolean>;
  endpoint: string;
  /** Where to send the respondent for a missing answer's id, or null to leave it out. */
  linkFor: (id: string) => { sectionIndex: number; label: string } | null;
  /** Runs first, e.g. to hand typing still being debounced to the save queue. */
  beforeComplete?: () => void;
}) {
  const [isCompleting, setIsCompleting] = useState(false);
  const [completeError, setCompleteError] = useState<CompleteError | null>(null);

  async function complete() {
    options.beforeComplete?.();
    setIsCompleting(true);
    setCompleteError(null);
    const outcome = await completeAssessmentRequest(options.flushAndWait, options.endpoint);
    if (outcome.ok) {
      window.location.assign(outcome.resultUrl);
      return;
    }
    setIsCompleting(false);
    setCompleteError({
      message: outcome.message,
      links: outcome.unansweredIds.flatMap((id) => {
        const link = options.linkFor(id);
        return link ? [link] : [];
      }),
    });
  }

  return { complete, isCompleting, completeError, clearCompleteError: () => setCompleteError(null) };
}
