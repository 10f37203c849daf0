/**
 * The report's look: the site's light-mode tokens (app/globals.css) in points, on A4. Print
 * has no dark mode, and a PDF forwarded to a board should look like the product it came from.
 */
import { StyleSheet } from "@react-pdf/renderer";
import type { MaturityLevel } from "@/lib/instruments/types";
import { FONT_STACK } from "../fonts";

export const COLORS = {
  canvas: "#f7f6f2",
  surface: "#ffffff",
  sunken: "#efece5",
  ink: "#17191e",
  muted: "#545861",
  border: "#dedad1",
  borderStrong: "#857f73",
  brand: "#0e5a61",
  brandSoft: "#e1eeee",
  warning: "#8a5300",
  warningSoft: "#fbf0da",
  success: "#1c6b40",
  successSoft: "#e5f1e8",
  target: "#2c3a8f",
} as const;

/** The level colours of the result pages, with a text colour that reads on each. */
export const LEVEL_COLORS: Record<MaturityLevel, { fill: string; text: string }> = {
  1: { fill: "#8e1f3f", text: "#ffffff" },
  2: { fill: "#c0440f", text: "#ffffff" },
  3: { fill: "#e8b11c", text: "#17191e" },
  4: { fill: "#5fa8dc", text: "#17191e" },
  5: { fill: "#2c3a8f", text: "#ffffff" },
};

/** A4 in points, and the page margins; the footer sits inside the bottom margin. */
export const PAGE = { width: 595.28, height: 841.89, marginX: 50, marginTop: 50, marginBottom: 64 } as const;
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.marginX;

/**
 * A font size with its line height. react-pdf reads a numeric line height as a multiple of the
 * element's own font size (never as points), so the two are set together.
 */
export function type(fontSize: number, lineHeight = 1.4): { fontSize: number; lineHeight: number } {
  return { fontSize, lineHeight };
}

export const styles = StyleSheet.create({
  // No line height on the page itself: it would reach the footer, which react-pdf then drops.
  page: {
    fontFamily: FONT_STACK,
    // Inter's contextual alternates cost most of the text-shaping time and change nothing a
    // reader would notice in running text.
    fontFeatureSettings: { calt: false },
    fontSize: 9.5,
    color: COLORS.ink,
    backgroundColor: COLORS.surface,
    paddingTop: PAGE.marginTop,
    paddingBottom: PAGE.marginBottom,
    paddingHorizontal: PAGE.marginX,
  },
  body: { ...type(9.5, 1.45) },
  footer: {
    position: "absolute",
    left: PAGE.marginX,
    right: PAGE.marginX,
    bottom: 28,
    flexDirection: "row",
    justifyContent: "space-between",
    borderTopWidth: 0.75,
    borderTopColor: COLORS.border,
    paddingTop: 7,
    // No line height here or on the page: react-pdf drops a `fixed` block whose text has one.
    fontSize: 7.5,
    color: COLORS.muted,
  },
  eyebrow: {
    ...type(8),
    fontWeight: 600,
    letterSpacing: 1.1,
    textTransform: "uppercase",
    color: COLORS.brand,
    marginBottom: 4,
  },
  h1: { ...type(22, 1.2), fontWeight: 700, color: COLORS.ink, marginBottom: 6 },
  h2: { ...type(13, 1.25), fontWeight: 700, color: COLORS.ink, marginBottom: 4 },
  h3: { ...type(10.5, 1.3), fontWeight: 600, color: COLORS.ink, marginBottom: 2 },
  lead: { ...type(11, 1.45), color: COLORS.ink },
  small: { ...type(8.5), color: COLORS.muted },
  label: { ...type(7.5), fontWeight: 600, letterSpacing: 0.8, textTransform: "uppercase", color: COLORS.muted },
  card: {
    borderWidth: 0.75,
    borderColor: COLORS.border,
    borderRadius: 6,
    padding: 12,
    backgroundColor: COLORS.surface,
  },
  sectionIntro: { ...type(10, 1.45), color: COLORS.muted, marginBottom: 14, maxWidth: 440 },
  /** A table's header row (give it `fixed` inside the table's View, so it repeats on every page the table spans). */
  tableHeader: { flexDirection: "row", borderBottomWidth: 1, borderBottomColor: COLORS.borderStrong, paddingBottom: 4 },
  /** A table's body row, ruled underneath. */
  tableRow: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: COLORS.border },
});
