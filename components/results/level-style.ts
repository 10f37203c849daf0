import type { MaturityLevel } from "@/lib/instruments/types";

// Literal class names so Tailwind generates them.
export const LEVEL_FILL: Record<MaturityLevel, string> = {
  1: "bg-level-1 text-on-level-1",
  2: "bg-level-2 text-on-level-2",
  3: "bg-level-3 text-on-level-3",
  4: "bg-level-4 text-on-level-4",
  5: "bg-level-5 text-on-level-5",
};

export const LEVEL_BAR: Record<MaturityLevel, string> = {
  1: "bg-level-1",
  2: "bg-level-2",
  3: "bg-level-3",
  4: "bg-level-4",
  5: "bg-level-5",
};
