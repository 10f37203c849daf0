import type { HTMLAttributes } from "react";
import { cn } from "./cn";

export type ContainerSize = "prose" | "narrow" | "default" | "wide";

export interface ContainerProps extends HTMLAttributes<HTMLElement> {
  as?: "div" | "section" | "header" | "footer" | "nav";
  size?: ContainerSize;
}

const sizes: Record<ContainerSize, string> = {
  prose: "max-w-2xl",
  narrow: "max-w-3xl",
  default: "max-w-6xl",
  wide: "max-w-7xl",
};

/** Centres content and gives it the page gutters (20px on phones, 32px from `sm`). */
export function Container({ as: Element = "div", size = "default", className, ...props }: ContainerProps) {
  return <Element className={cn("mx-auto w-full px-5 sm:px-8", sizes[size], className)} {...props} />;
}
