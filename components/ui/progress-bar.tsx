import { cn } from "./cn";

export type ProgressBarSize = "sm" | "md";

export interface ProgressBarProps {
  value: number;
  min?: number;
  max?: number;
  /** Accessible name, e.g. "Diagnostic progress". Required: a progress bar needs a name. */
  label: string;
  /** What a screen reader says instead of a bare number, e.g. "Question 4 of 17". */
  valueText?: string;
  size?: ProgressBarSize;
  className?: string;
}

const heights: Record<ProgressBarSize, string> = { sm: "h-1.5", md: "h-2.5" };

/** A determinate progress bar; the value is clamped to [min, max]. */
export function ProgressBar({ value, min = 0, max = 100, label, valueText, size = "md", className }: ProgressBarProps) {
  const clamped = Math.min(max, Math.max(min, value));
  const percent = max > min ? ((clamped - min) / (max - min)) * 100 : 0;
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={min}
      aria-valuemax={max}
      aria-valuenow={clamped}
      aria-valuetext={valueText}
      className={cn(
        "w-full overflow-hidden rounded-pill bg-sunken ring-1 ring-border ring-inset forced-colors:border forced-colors:border-[CanvasText]",
        heights[size],
        className,
      )}
    >
      <div
        className="h-full rounded-pill bg-brand transition-[width] duration-300 ease-calm forced-colors:bg-[Highlight]"
        style={{ width: `${percent}%` }}
      />
    </div>
  );
}
