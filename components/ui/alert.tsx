import type { HTMLAttributes, ReactNode } from "react";
import { cn } from "./cn";

export type AlertTone = "info" | "success" | "warning" | "danger";

export interface AlertProps extends Omit<HTMLAttributes<HTMLDivElement>, "title"> {
  tone?: AlertTone;
  title?: ReactNode;
  /**
   * Defaults to "alert" for danger (announced at once) and "status" otherwise (announced
   * politely). Pass "none" for a static notice that should not be announced.
   */
  role?: "alert" | "status" | "none";
}

const tones: Record<AlertTone, { box: string; icon: string; label: string }> = {
  info: { box: "border-brand/30 bg-brand-soft", icon: "text-brand-ink", label: "Note" },
  success: { box: "border-success/30 bg-success-soft", icon: "text-success", label: "Success" },
  warning: { box: "border-warning/35 bg-warning-soft", icon: "text-warning", label: "Warning" },
  danger: { box: "border-danger/35 bg-danger-soft", icon: "text-danger", label: "Error" },
};

function AlertIcon({ tone }: { tone: AlertTone }) {
  // Each tone has its own shape, so the meaning never rests on colour alone.
  return (
    <svg viewBox="0 0 20 20" aria-hidden="true" className="mt-0.5 size-5 shrink-0" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round">
      {tone === "info" && (
        <>
          <circle cx="10" cy="10" r="7.25" />
          <path d="M10 9v4.5M10 6.5v.01" />
        </>
      )}
      {tone === "success" && (
        <>
          <circle cx="10" cy="10" r="7.25" />
          <path d="m6.75 10.25 2.25 2.25 4.25-4.75" />
        </>
      )}
      {tone === "warning" && (
        <>
          <path d="M8.7 3.5a1.5 1.5 0 0 1 2.6 0l6 10.5a1.5 1.5 0 0 1-1.3 2.25H4a1.5 1.5 0 0 1-1.3-2.25l6-10.5Z" />
          <path d="M10 8v3.5M10 13.75v.01" />
        </>
      )}
      {tone === "danger" && (
        <>
          <path d="M7 2.75h6L17.25 7v6L13 17.25H7L2.75 13V7L7 2.75Z" />
          <path d="m7.75 7.75 4.5 4.5m0-4.5-4.5 4.5" />
        </>
      )}
    </svg>
  );
}

/** A message box. The title (or, without one, a hidden tone label) states what kind it is. */
export function Alert({ tone = "info", title, role, className, children, ...props }: AlertProps) {
  const style = tones[tone];
  const resolvedRole = role ?? (tone === "danger" ? "alert" : "status");
  return (
    <div
      role={resolvedRole === "none" ? undefined : resolvedRole}
      className={cn("flex gap-3 rounded-control border p-4 text-small text-ink forced-colors:border-[CanvasText]", style.box, className)}
      {...props}
    >
      <span className={style.icon}>
        <AlertIcon tone={tone} />
      </span>
      <div className="min-w-0 flex-1">
        {title ? <p className="font-semibold">{title}</p> : null}
        {children ? (
          <div className={cn("[&_a]:font-semibold", title ? "mt-1" : undefined)}>
            {title ? null : <span className="sr-only">{style.label}: </span>}
            {children}
          </div>
        ) : null}
      </div>
    </div>
  );
}
