import type { HTMLAttributes } from "react";
import { cn } from "./cn";

export type CardTone = "raised" | "flat" | "sunken" | "brand";
export type CardPadding = "none" | "sm" | "md" | "lg";

export interface CardProps extends HTMLAttributes<HTMLElement> {
  /** The element to render; pick the one that fits the content's meaning. */
  as?: "div" | "section" | "article" | "aside" | "li" | "figure";
  tone?: CardTone;
  padding?: CardPadding;
}

const tones: Record<CardTone, string> = {
  raised: "border border-border bg-surface shadow-card",
  flat: "border border-border bg-surface",
  sunken: "border border-transparent bg-sunken",
  brand: "border border-transparent bg-brand-soft",
};

const paddings: Record<CardPadding, string> = {
  none: "",
  sm: "p-4",
  md: "p-5 sm:p-6",
  lg: "p-6 sm:p-8",
};

export function Card({ as: Element = "div", tone = "raised", padding = "md", className, ...props }: CardProps) {
  return <Element className={cn("rounded-card", tones[tone], paddings[padding], className)} {...props} />;
}
