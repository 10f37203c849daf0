import type { HTMLAttributes } from "react";
import { cn } from "./cn";

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;
export type HeadingSize = "display" | "headline" | "title" | "subtitle";

export interface HeadingProps extends HTMLAttributes<HTMLHeadingElement> {
  /** The outline level (h1–h6). Keep levels in order; pick the look with `size`. */
  level: HeadingLevel;
  size?: HeadingSize;
}

const sizes: Record<HeadingSize, string> = {
  display: "text-display",
  headline: "text-headline",
  title: "text-title",
  subtitle: "text-body font-semibold leading-snug",
};

const defaultSize: Record<HeadingLevel, HeadingSize> = {
  1: "display",
  2: "headline",
  3: "title",
  4: "subtitle",
  5: "subtitle",
  6: "subtitle",
};

export function Heading({ level, size, className, ...props }: HeadingProps) {
  const Element = `h${level}` as const;
  return <Element className={cn("text-ink", sizes[size ?? defaultSize[level]], className)} {...props} />;
}

export interface EyebrowProps extends HTMLAttributes<HTMLElement> {
  as?: "p" | "span" | "div";
}

/** The small uppercase label above a heading. */
export function Eyebrow({ as: Element = "p", className, ...props }: EyebrowProps) {
  return <Element className={cn("text-eyebrow text-brand-ink uppercase", className)} {...props} />;
}

export type LeadProps = HTMLAttributes<HTMLParagraphElement>;

/** The introductory paragraph under a page or section heading. */
export function Lead({ className, ...props }: LeadProps) {
  return <p className={cn("text-lead text-muted", className)} {...props} />;
}
