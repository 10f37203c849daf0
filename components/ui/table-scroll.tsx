import type { ReactNode } from "react";
import { cn } from "./cn";

export interface TableScrollProps {
  /** Names the region for screen readers: usually the table's caption. */
  label: string;
  className?: string;
  children: ReactNode;
}

/**
 * The box a wide table scrolls sideways in, so a phone's page never does. It takes focus (Tab, then
 * the arrow keys scroll it) and is a named region, as axe asks of a scrollable area. It is `relative`
 * so that visually hidden (absolutely positioned) text in the cells is laid out and clipped inside it:
 * otherwise that text sits at its column's far right, outside the box, and the page scrolls after all.
 */
export function TableScroll({ label, className, children }: TableScrollProps) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={cn("relative max-w-full overflow-x-auto", className)}>
      {children}
    </div>
  );
}
