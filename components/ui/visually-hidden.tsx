import type { HTMLAttributes } from "react";

export interface VisuallyHiddenProps extends HTMLAttributes<HTMLElement> {
  as?: "span" | "div";
}

/** Text for screen readers only: hidden visually, still read aloud. */
export function VisuallyHidden({ as: Element = "span", className, ...props }: VisuallyHiddenProps) {
  return <Element className={className ? `sr-only ${className}` : "sr-only"} {...props} />;
}
