/**
 * Sections both reports print: the method page, and the sections that depend on where the result
 * sits (peers, a team round's Marketing-vs-IT gaps, the consultant's notes). An absent slot prints nothing.
 */
import { Circle, Line, Rect, Svg, Text, View } from "@react-pdf/renderer";
import { REPORT_COPY } from "@/lib/report/copy";
import type { BenchmarkReportSection, BenchmarkRow } from "@/lib/scoring/benchmarks-summary";
import type { ExecutiveReport, ReportConsultantNotes, ReportPerceptionGaps } from "@/lib/report/types";
import { Callout, ReportPage, SectionHeader, TableHeader, TextSection } from "./primitives";
import { COLORS, styles, type } from "./theme";

/** The last page: how the scores and levels are computed. */
export function MethodPage({ report, footer }: { report: ExecutiveReport; footer: string }) {
  return (
    <ReportPage footer={footer}>
      <SectionHeader eyebrow={REPORT_COPY.method} title={report.method.heading} intro={report.method.intro} />
      {report.method.sections.map((section) => (
        <TextSection key={section.heading} section={section} />
      ))}
    </ReportPage>
  );
}

/** A simple ruled table: a header row (repeated on every page the table spans) and text cells, each row kept on one page. */
function SimpleTable({
  header,
  rows,
  widths,
  highlighted = [],
  compact = false,
}: {
  header: string[];
  rows: string[][];
  widths: number[];
  /** Rows drawn on a tinted band (e.g. "discuss first"). */
  highlighted?: readonly boolean[];
  compact?: boolean;
}) {
  return (
    <View>
      <TableHeader cells={header.map((text, i) => ({ text, style: { flex: widths[i] ?? 1 } }))} />
      {rows.map((row, r) => (
        <View
          key={r}
          wrap={false}
          style={{ ...styles.tableRow, paddingVertical: compact ? 3 : 5, ...(highlighted[r] ? { backgroundColor: COLORS.warningSoft } : {}) }}
        >
          {row.map((cell, i) => (
            <Text key={i} style={{ flex: widths[i] ?? 1, fontWeight: i === 0 ? 600 : 400 }}>
              {cell}
            </Text>
          ))}
        </View>
      ))}
    </View>
  );
}

/** Table rows that fit one benchmark page with its heading, cohort line and method. */
const ROWS_PER_BENCHMARK_PAGE = 16;

/** Where the result stands against peers, on the summary page; nothing when the report has no benchmark. */
export function PeerStandingBlock({ benchmark }: { benchmark: BenchmarkReportSection | undefined }) {
  if (!benchmark) return null;
  const text = benchmark.kind === "peers" ? benchmark.headline : REPORT_COPY.benchmark.externalStanding;
  return <Callout heading={REPORT_COPY.benchmark.standing} text={text} tone="neutral" style={{ marginTop: 10 }} />;
}

/** The strip drawn beside each benchmark row: the group's middle half (a box from the lower to the upper quartile), its median (a tick) and this result (a dot). */
const STRIP = { width: 118, height: 12, inset: 4 } as const;

function QuartileStrip({ plot, scale }: { plot: BenchmarkRow["plot"]; scale: { min: number; max: number } }) {
  if (!plot) return <View style={{ width: STRIP.width }} />;
  const x = (value: number) => STRIP.inset + ((value - scale.min) / (scale.max - scale.min)) * (STRIP.width - 2 * STRIP.inset);
  const middle = STRIP.height / 2;
  return (
    <Svg width={STRIP.width} height={STRIP.height}>
      <Line x1={x(scale.min)} y1={middle} x2={x(scale.max)} y2={middle} stroke={COLORS.border} strokeWidth={1} />
      <Rect x={x(plot.q1)} y={2} width={Math.max(1, x(plot.q3) - x(plot.q1))} height={STRIP.height - 4} fill={COLORS.brandSoft} stroke={COLORS.brand} strokeWidth={0.5} />
      <Line x1={x(plot.median)} y1={1} x2={x(plot.median)} y2={STRIP.height - 1} stroke={COLORS.brand} strokeWidth={1.5} />
      {plot.value === null ? null : <Circle cx={x(plot.value)} cy={middle} r={3} fill={COLORS.ink} />}
    </Svg>
  );
}

/** A benchmark table: the figures as text, and the same figures drawn on a strip per row. */
function BenchmarkTable({ benchmark, rows }: { benchmark: BenchmarkReportSection; rows: readonly BenchmarkRow[] }) {
  const c = benchmark.columns;
  const header = [c.part, c.yours, c.percentile, c.lowerQuartile, c.median, c.upperQuartile];
  const widths = [2.5, 0.8, 1.5, 0.9, 0.8, 0.9];
  return (
    <View>
      <TableHeader
        style={{ alignItems: "flex-end" }}
        cells={[...header.map((text, i) => ({ text, style: { flex: widths[i] ?? 1 } })), { text: REPORT_COPY.benchmark.strip, style: { width: STRIP.width } }]}
      />
      {rows.map((row) => (
        <View key={row.part} wrap={false} style={{ ...styles.tableRow, paddingVertical: 3, alignItems: "center" }}>
          {[row.label, row.yours, row.percentile, row.lowerQuartile, row.median, row.upperQuartile].map((cell, i) => (
            <Text key={i} style={{ flex: widths[i] ?? 1, fontWeight: i === 0 ? 600 : 400, paddingRight: i === 0 ? 6 : 0 }}>
              {cell}
            </Text>
          ))}
          <QuartileStrip plot={row.plot} scale={benchmark.scale} />
        </View>
      ))}
      <Text style={{ ...styles.small, marginTop: 4 }}>{REPORT_COPY.benchmark.stripKey}</Text>
    </View>
  );
}

/** The benchmark section: percentiles and quartiles against the cohort (and the consultant's portfolio), or published figures. */
export function BenchmarkPage({ benchmark, footer }: { benchmark: BenchmarkReportSection | undefined; footer: string }) {
  if (!benchmark) return null;
  // Thirteen dimensions twice over do not fit one sheet: the consultant's portfolio then gets its own page.
  const portfolioOnNextPage = benchmark.portfolio !== null && benchmark.rows.length + benchmark.portfolio.rows.length > ROWS_PER_BENCHMARK_PAGE;
  const portfolio = benchmark.portfolio ? (
    <View style={{ marginTop: portfolioOnNextPage ? 0 : 14 }}>
      {portfolioOnNextPage ? null : <Text style={styles.h2}>{benchmark.portfolio.heading}</Text>}
      <BenchmarkTable benchmark={benchmark} rows={benchmark.portfolio.rows} />
    </View>
  ) : null;
  const method = (
    <View style={{ marginTop: 14 }} wrap={false}>
      <Text style={styles.h3}>{REPORT_COPY.benchmark.method}</Text>
      {benchmark.method.map((paragraph, i) => (
        <Text key={i} style={{ ...styles.small, marginBottom: 3 }}>
          {paragraph}
        </Text>
      ))}
    </View>
  );
  const first = (
    <ReportPage footer={footer}>
      <SectionHeader eyebrow={REPORT_COPY.benchmark.eyebrow} title={benchmark.heading} intro={benchmark.headline} />
      {benchmark.cohortLabel ? (
        <Text style={{ ...type(9.5, 1.45), marginBottom: 8 }}>
          <Text style={{ fontWeight: 600 }}>{`${REPORT_COPY.benchmark.cohort} ${benchmark.cohortLabel}. `}</Text>
          {[benchmark.cohortDefinition, benchmark.fallbackNote].filter(Boolean).join(" ")}
        </Text>
      ) : null}
      {benchmark.rows.length > 0 ? <BenchmarkTable benchmark={benchmark} rows={benchmark.rows} /> : null}
      {portfolioOnNextPage ? null : portfolio}
      {benchmark.references.length > 0 ? (
        <View style={{ marginTop: 10 }}>
          <Text style={styles.h2}>{REPORT_COPY.benchmark.external}</Text>
          {benchmark.references.map((ref, i) => (
            <View key={i} wrap={false} style={{ marginTop: 6 }}>
              <Text style={{ ...type(9.5, 1.45) }}>
                <Text style={{ fontWeight: 700 }}>{`${ref.figure} `}</Text>
                {ref.statement}
              </Text>
              <Text style={styles.small}>{ref.attribution}</Text>
            </View>
          ))}
        </View>
      ) : null}
      {portfolioOnNextPage ? null : method}
    </ReportPage>
  );
  if (!portfolioOnNextPage) return first;
  return (
    <>
      {first}
      <ReportPage footer={footer}>
        <SectionHeader eyebrow={REPORT_COPY.benchmark.eyebrow} title={benchmark.portfolio?.heading ?? ""} />
        {portfolio}
        {method}
      </ReportPage>
    </>
  );
}

/** The Marketing-vs-IT perception gaps of a team round, widest first; nothing for a single respondent. */
export function PerceptionGapsPage({ gaps, footer }: { gaps: ReportPerceptionGaps | undefined; footer: string }) {
  if (!gaps) return null;
  const c = gaps.columns;
  return (
    <ReportPage footer={footer}>
      <SectionHeader eyebrow={REPORT_COPY.team} title={gaps.heading} intro={gaps.summary} />
      <SimpleTable
        header={[c.part, c.first, c.second, c.difference]}
        rows={gaps.rows.map((r) => [r.label, r.marketing, r.it, r.gap])}
        highlighted={gaps.rows.map((r) => r.discussFirst)}
        widths={[2, 1.6, 1.6, 2]}
      />
    </ReportPage>
  );
}

/** The consultant's notes on the round; only in the consultant's own copy. */
export function ConsultantNotesPage({ notes, footer }: { notes: ReportConsultantNotes | undefined; footer: string }) {
  if (!notes) return null;
  return (
    <ReportPage footer={footer}>
      <SectionHeader eyebrow={REPORT_COPY.consultant} title={notes.heading} intro={notes.author} />
      {notes.notes.map((note, i) => (
        <View key={i} wrap={false} style={{ marginBottom: 10, borderLeftWidth: 2, borderLeftColor: COLORS.border, paddingLeft: 10 }}>
          <Text style={styles.label}>{note.label}</Text>
          <Text style={{ ...type(9.5, 1.45), marginTop: 2 }}>{note.text}</Text>
        </View>
      ))}
    </ReportPage>
  );
}
