import { cn } from "@/components/ui/cn";

export interface LogoMarkProps {
  className?: string;
}

/** The Convergence mark: three lines that meet in one point. Decorative; name it with text. */
export function LogoMark({ className }: LogoMarkProps) {
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true" focusable="false" className={cn("size-8 shrink-0", className)}>
      <rect width="32" height="32" rx="8" className="fill-brand forced-colors:fill-[CanvasText]" />
      <g fill="none" strokeWidth="2.25" strokeLinecap="round" className="stroke-on-brand forced-colors:stroke-[Canvas]">
        <path d="M7.5 9.25c6.5 0 8.75 6.75 15 6.75" />
        <path d="M7.5 16h15" />
        <path d="M7.5 22.75c6.5 0 8.75-6.75 15-6.75" />
      </g>
      <circle cx="23.5" cy="16" r="2.75" className="fill-on-brand forced-colors:fill-[Canvas]" />
    </svg>
  );
}

export interface WordmarkProps {
  className?: string;
}

export function Wordmark({ className }: WordmarkProps) {
  return (
    <span className={cn("inline-flex items-center gap-2.5", className)}>
      <LogoMark />
      <span className="text-[1.0625rem] font-semibold tracking-[-0.02em] text-ink">Convergence</span>
    </span>
  );
}
