import { flushSync } from "react-dom";

/**
 * Shows a refused submission at once, then moves focus to its first marked field, or to the form's
 * error message when no field is marked. Without this, focus stays on the submit button, which is
 * disabled while the request runs, and falls back to the page: a keyboard or screen-reader user
 * lands nowhere, and on a phone the message can be scrolled out of view.
 */
export function showProblems(form: HTMLFormElement | null, apply: () => void): void {
  flushSync(apply);
  if (!form?.isConnected) return;
  const target = form.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form.querySelector<HTMLElement>('[role="alert"]');
  if (!target) return;
  if (!target.matches("input, select, textarea, button")) target.tabIndex = -1;
  target.focus();
}
