/**
 * Building blocks shared by both reports: the page with its footer, section headings,
 * callouts and the 1–5 level scale. Props in, layout out; every string comes from the report.
 */
import { cloneElement, type ReactElement, type ReactNode } from "react";
import { Page, Text, View, type Styles } from "@react-pdf/renderer";
import { pageLabel, REPORT_COPY } from "@/lib/report/copy";
import type { ReportLevelStep, ReportTextSection } from "@/lib/report/types";
import { COLORS, LEVEL_COLORS, styles, type } from "./theme";

/** One style object, as react-pdf's StyleSheet takes them. */
export type Style = Styles[string];

/**
 * The footer's page counter, drawn once the page count is known. It is the one function in the
 * document, and lib/pdf/document-tree.ts sends it to the render worker as a template.
 */
export const renderPageLabel = ({ pageNumber, totalPages }: { pageNumber: number; totalPages: number }) =>
  pageLabel(pageNumber, totalPages);

/** A content page: A4, margins, and a footer with the organisation and "Page n of N" on every page it spans. */
export function ReportPage({ footer, children }: { footer: string; children: ReactNode }) {
  return (
    <Page size="A4" style={styles.page}>
      <View style={styles.body}>{children}</View>
      <View style={styles.footer} fixed>
        <Text>{footer}</Text>
        <Text render={renderPageLabel} />
      </View>
    </Page>
  );
}

/** The eyebrow, title and introduction that open a section (no wrapping View: every node costs render time). */
export function SectionHeader({ eyebrow, title, intro }: { eyebrow?: string; title: string; intro?: string }) {
  return (
    <>
      {eyebrow ? <Text style={styles.eyebrow}>{eyebrow}</Text> : null}
      <Text style={intro ? styles.h1 : { ...styles.h1, marginBottom: styles.h1.marginBottom + 10 }}>{title}</Text>
      {intro ? <Text style={styles.sectionIntro}>{intro}</Text> : null}
    </>
  );
}

/**
 * A table's header row: small capitals over each column. `fixed` inside the table's View, so it
 * repeats on every page the table runs onto. Each cell's style sets its width (flex or width).
 */
export function TableHeader({ cells, style }: { cells: readonly { text: string; style: Style }[]; style?: Style }) {
  return (
    <View fixed style={{ ...styles.tableHeader, ...style }}>
      {cells.map((cell, i) => (
        <Text key={i} style={{ ...styles.label, ...cell.style }}>
          {cell.text}
        </Text>
      ))}
    </View>
  );
}

const CALLOUT_TONES = {
  neutral: { backgroundColor: COLORS.canvas, borderColor: COLORS.border, accent: COLORS.borderStrong },
  brand: { backgroundColor: COLORS.brandSoft, borderColor: COLORS.brandSoft, accent: COLORS.brand },
  warning: { backgroundColor: COLORS.warningSoft, borderColor: COLORS.warningSoft, accent: COLORS.warning },
  success: { backgroundColor: COLORS.successSoft, borderColor: COLORS.successSoft, accent: COLORS.success },
} as const;

export type CalloutTone = keyof typeof CALLOUT_TONES;

/** A tinted box with a coloured rule on its left: a heading and a paragraph, kept on one page. */
export function Callout({
  heading,
  text,
  tone = "neutral",
  style,
  children,
}: {
  heading: string;
  text?: string;
  tone?: CalloutTone;
  style?: Style;
  children?: ReactNode;
}) {
  const colors = CALLOUT_TONES[tone];
  return (
    <View
      wrap={false}
      style={{
        backgroundColor: colors.backgroundColor,
        borderLeftWidth: 3,
        borderLeftColor: colors.accent,
        borderRadius: 4,
        paddingVertical: 9,
        paddingHorizontal: 12,
        ...style,
      }}
    >
      <Text style={styles.h3}>{heading}</Text>
      {text ? <Text style={type(9.5, 1.45)}>{text}</Text> : null}
      {children}
    </View>
  );
}

/**
 * Two blocks side by side at equal width and equal height: each block becomes a flex item of
 * one row (flexBasis 0, so equal widths; stretched, so equal heights), without a View around it.
 * The blocks must take a `style` prop and apply it to their outer View.
 */
export function TwoColumns({
  left,
  right,
  gap = 12,
  style,
}: {
  left: ReactElement<{ style?: Style }> | null;
  right: ReactElement<{ style?: Style }> | null;
  gap?: number;
  style?: Style;
}) {
  // react-pdf cannot split a row across pages (the columns overflow the page instead), so the
  // pair moves to the next page whole; a missing side lets the other take the full width.
  if (!left || !right) {
    const only = left ?? right;
    return only ? cloneElement(only, { style: { ...only.props.style, ...style } }) : null;
  }
  return (
    <View wrap={false} style={{ flexDirection: "row", ...style }}>
      {cloneElement(left, { style: { ...left.props.style, flex: 1, marginRight: gap / 2 } })}
      {cloneElement(right, { style: { ...right.props.style, flex: 1, marginLeft: gap / 2 } })}
    </View>
  );
}

/** The five levels in a row, the current one filled with its colour. */
export function LevelScale({ steps }: { steps: readonly ReportLevelStep[] }) {
  return (
    <View style={{ flexDirection: "row" }}>
      {steps.map((step, i) => {
        const colors = LEVEL_COLORS[step.level];
        return (
          <View
            key={step.level}
            style={{
              flex: 1,
              marginLeft: i === 0 ? 0 : 4,
              borderRadius: 4,
              paddingVertical: 6,
              paddingHorizontal: 7,
              backgroundColor: step.isCurrent ? colors.fill : COLORS.sunken,
              borderTopWidth: 3,
              borderTopColor: colors.fill,
            }}
          >
            <Text style={{ ...type(8), fontWeight: 700, color: step.isCurrent ? colors.text : COLORS.muted }}>{String(step.level)}</Text>
            <Text
              style={{
                ...type(8, 1.25),
                fontWeight: step.isCurrent ? 700 : 400,
                color: step.isCurrent ? colors.text : COLORS.muted,
              }}
            >
              {step.name}
            </Text>
          </View>
        );
      })}
    </View>
  );
}

/**
 * A small coloured square with a level number, as on the result pages' tables: one Text with its
 * own background (a View around the number would double its cost), padded so its one line sits in
 * the middle of the square.
 */
export function LevelBadge({ level }: { level: keyof typeof LEVEL_COLORS }) {
  const colors = LEVEL_COLORS[level];
  return (
    <Text
      style={{
        width: 14,
        height: 14,
        borderRadius: 3,
        backgroundColor: colors.fill,
        color: colors.text,
        ...type(7.5, 1),
        paddingTop: (14 - 7.5) / 2,
        fontWeight: 700,
        textAlign: "center",
        marginRight: 5,
      }}
    >
      {String(level)}
    </Text>
  );
}

/** A method section: heading, paragraphs, and an optional list of steps. */
export function TextSection({ section }: { section: ReportTextSection }) {
  return (
    <View wrap={false} style={{ marginBottom: 12 }}>
      <Text style={styles.h3}>{section.heading}</Text>
      {section.paragraphs.map((paragraph, i) => (
        <Text key={i} style={{ marginBottom: 3 }}>
          {paragraph}
        </Text>
      ))}
      {section.steps ? (
        <View style={{ marginTop: 2, marginLeft: 10 }}>
          {section.steps.map((step, i) => (
            <View key={i} style={{ flexDirection: "row", marginBottom: 1.5 }}>
              <Text style={{ width: 10, color: COLORS.brand, fontWeight: 700 }}>{REPORT_COPY.bullet}</Text>
              <Text style={{ flex: 1 }}>{step}</Text>
            </View>
          ))}
        </View>
      ) : null}
    </View>
  );
}
