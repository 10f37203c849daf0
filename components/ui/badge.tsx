import type { HTMLAttributes } from "react";
import { cn } from "./cn";

export type BadgeTone =
  | "neutral"
  | "brand"
  | "success"
  | "warning"
  | "danger"
  | "level-1"
  | "level-2"
  | "level-3"
  | "level-4"
  | "level-5";

export interface BadgeProps extends HTMLAttributes<HTMLSpanElement> {
  tone?: BadgeTone;
}

const tones: Record<BadgeTone, string> = {
  neutral: "border-border bg-sunken text-ink",
  brand: "border-transparent bg-brand-soft text-brand-ink",
  success: "border-transparent bg-success-soft text-success",
  warning: "border-transparent bg-warning-soft text-warning",
  danger: "border-transparent bg-danger-soft text-danger",
  "level-1": "border-transparent bg-level-1 text-on-level-1",
  "level-2": "border-transparent bg-level-2 text-on-level-2",
  "level-3": "border-transparent bg-level-3 text-on-level-3",
  "level-4": "border-transparent bg-level-4 text-on-level-4",
  "level-5": "border-transparent bg-level-5 text-on-level-5",
};

/** A short label. The text must carry the meaning on its own; the tone only reinforces it. */
export function Badge({ tone = "neutral", className, ...props }: BadgeProps) {
  return (
    <span
      className={cn(
        "inline-flex items-center gap-1.5 rounded-pill border px-2.5 py-0.5 text-xs leading-5 font-semibold whitespace-nowrap",
        "forced-colors:border-[CanvasText]",
        tones[tone],
        className,
      )}
      {...props}
    />
  );
}
