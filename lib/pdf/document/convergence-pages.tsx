/**
 * The pages of the Convergence Factor report: summary, pillars (radar and table), the 90-day
 * plan, the worksheet with the day-90 indicators, then the shared method page.
 */
import { Text, View } from "@react-pdf/renderer";
import { REPORT_COPY } from "@/lib/report/copy";
import type { ConvergencePillarRow, ConvergencePlanPhase, ConvergenceReport } from "@/lib/report/types";
import { CoverPage } from "./cover-page";
import { Callout, LevelScale, ReportPage, SectionHeader, TableHeader, TwoColumns, type Style } from "./primitives";
import { RadarChart } from "./radar-chart";
import { BenchmarkPage, ConsultantNotesPage, MethodPage, PeerStandingBlock, PerceptionGapsPage } from "./shared-sections";
import { CONTENT_HEIGHT, cutIntoPages, estimateLines } from "./estimate";
import { COLORS, CONTENT_WIDTH, LEVEL_COLORS, styles, type } from "./theme";

/** Horizontal bars of the pillar scores, each in its level's colour: the radar's numbers at a glance. */
function PillarBars({ rows }: { rows: readonly ConvergencePillarRow[] }) {
  const barWidth = 250;
  return (
    <View wrap={false}>
      {rows.map((row) => (
        <View key={row.name} style={{ flexDirection: "row", alignItems: "center", marginBottom: 5 }}>
          <Text style={{ ...type(9), width: 78, fontWeight: row.isWeakest ? 700 : 400 }}>{row.name}</Text>
          <View style={{ width: barWidth, height: 9, backgroundColor: COLORS.sunken, borderRadius: 4.5 }}>
            {row.score !== null && row.level !== null && row.score > 0 ? (
              <View
                style={{
                  width: Math.max(9, (barWidth * row.score) / 100),
                  height: 9,
                  borderRadius: 4.5,
                  backgroundColor: LEVEL_COLORS[row.level].fill,
                }}
              />
            ) : null}
          </View>
          <Text style={{ ...type(9), width: 28, textAlign: "right", fontWeight: 700 }}>{row.scoreLabel}</Text>
          <Text style={{ ...type(8.5), marginLeft: 10, color: COLORS.muted, flex: 1 }}>{row.levelLabel}</Text>
        </View>
      ))}
    </View>
  );
}

function SummaryPage({ report, footer }: { report: ConvergenceReport; footer: string }) {
  const { summary } = report;
  return (
    <ReportPage footer={footer}>
      <Text style={styles.eyebrow}>{REPORT_COPY.summary.heading}</Text>
      <Text style={{ ...styles.h1, ...type(26, 1.15) }}>{report.cover.headline}</Text>
      <Text style={{ ...styles.lead, marginBottom: 4 }}>
        <Text style={{ fontWeight: 700 }}>{summary.scoreLine}</Text>
        {summary.level ? ` ${summary.level.meaning}` : ""}
      </Text>
      {summary.capNote ? <Text style={{ ...styles.small, marginBottom: 4 }}>{summary.capNote}</Text> : null}
      <View style={{ marginTop: 8, marginBottom: 14 }}>
        <LevelScale steps={summary.scale} />
      </View>

      {summary.disconnect ? (
        <Callout heading={summary.disconnect.heading} text={summary.disconnect.text} tone="warning" style={{ marginBottom: 10 }} />
      ) : null}
      {summary.unscoredNote ? (
        <Callout heading={report.pillars.heading} text={summary.unscoredNote} tone="warning" style={{ marginBottom: 10 }} />
      ) : null}

      <TwoColumns
        style={{ marginBottom: 10 }}
        left={summary.aiEffect ? <Callout heading={summary.aiEffect.heading} text={summary.aiEffect.text} /> : null}
        right={<Callout heading={summary.expectedReturn.heading} text={summary.expectedReturn.text} tone="brand" />}
      />
      <TwoColumns
        style={{ marginBottom: 16 }}
        left={summary.nextLevel ? <Callout heading={summary.nextLevel.heading} text={summary.nextLevel.text} /> : null}
        right={<Callout heading={summary.planHeadline.heading} text={summary.planHeadline.text} tone="brand" />}
      />
      <Text style={{ ...styles.h3, marginBottom: 6 }}>{REPORT_COPY.summary.pillarsAtAGlance}</Text>
      <PillarBars rows={report.pillars.rows} />
      <PeerStandingBlock benchmark={report.benchmark} />
    </ReportPage>
  );
}

function PillarsPage({ report, footer }: { report: ConvergenceReport; footer: string }) {
  const { pillars } = report;
  return (
    <ReportPage footer={footer}>
      <SectionHeader eyebrow={REPORT_COPY.scores} title={pillars.heading} intro={pillars.intro} />
      <RadarChart radar={pillars.radar} width={CONTENT_WIDTH} height={262} radius={112} labelFontSize={9} labelMaxChars={14} />
      <View style={{ marginTop: 18 }}>
        <TableHeader
          cells={[
            { text: REPORT_COPY.pillarTable.pillar, style: { flex: 2.2, paddingLeft: 6 } },
            { text: REPORT_COPY.pillarTable.score, style: { flex: 0.8, textAlign: "right", paddingRight: 16 } },
            { text: REPORT_COPY.pillarTable.level, style: { flex: 2.5 } },
          ]}
        />
        {pillars.rows.map((row) => (
          <View
            key={row.name}
            wrap={false}
            style={{
              ...styles.tableRow,
              alignItems: "center",
              paddingVertical: 6,
              backgroundColor: row.isWeakest ? COLORS.warningSoft : COLORS.surface,
            }}
          >
            <View style={{ flex: 2.2, flexDirection: "row", alignItems: "center", paddingLeft: 6 }}>
              <Text style={{ ...type(10), fontWeight: 600 }}>{row.name}</Text>
              {row.isWeakest ? (
                <Text style={{ ...styles.label, color: COLORS.warning, marginLeft: 8 }}>{REPORT_COPY.pillarTable.weakest}</Text>
              ) : null}
            </View>
            <View style={{ flex: 0.8, paddingRight: 16 }}>
              <Text style={{ ...type(12, 1.2), fontWeight: 700, textAlign: "right" }}>{row.scoreLabel}</Text>
            </View>
            <View style={{ flex: 2.5 }}>
              <Text>{row.levelLabel}</Text>
              {row.note ? <Text style={styles.small}>{row.note}</Text> : null}
            </View>
          </View>
        ))}
      </View>
      {pillars.notes.map((note) => (
        <Text key={note} style={{ ...styles.small, marginTop: 8 }}>
          {note}
        </Text>
      ))}
    </ReportPage>
  );
}

function PhaseCard({ phase, style }: { phase: ConvergencePlanPhase; style?: Style }) {
  return (
    <View wrap={false} style={{ ...styles.card, ...style }}>
      <View style={{ flexDirection: "row", alignItems: "center", marginBottom: 4 }}>
        <View
          style={{
            width: 18,
            height: 18,
            borderRadius: 9,
            backgroundColor: COLORS.brand,
            alignItems: "center",
            justifyContent: "center",
            marginRight: 7,
          }}
        >
          <Text style={{ ...type(9, 1), color: "#ffffff", fontWeight: 700 }}>{String(phase.number)}</Text>
        </View>
        <Text style={{ ...type(11, 1.25), fontWeight: 700, flex: 1 }}>{phase.name}</Text>
        <Text style={{ ...styles.label, color: COLORS.brand }}>{phase.weeksLabel}</Text>
      </View>
      <Text style={{ ...styles.small, marginBottom: 9 }}>{phase.goal}</Text>
      {phase.actions.map((action) => (
        <View key={action.title} style={{ borderLeftWidth: 2.5, borderLeftColor: COLORS.brand, paddingLeft: 8, marginBottom: 8 }}>
          <Text style={{ ...styles.label, ...type(6.5), color: COLORS.brand }}>{action.tag}</Text>
          <Text style={{ ...type(9.5, 1.35), fontWeight: 600 }}>{action.title}</Text>
          <Text style={{ ...type(8.5), color: COLORS.muted }}>{action.detail}</Text>
        </View>
      ))}
    </View>
  );
}

function PlanPage({ report, footer }: { report: ConvergenceReport; footer: string }) {
  const [p1, p2, p3, p4] = report.plan.phases;
  return (
    <ReportPage footer={footer}>
      <SectionHeader eyebrow={REPORT_COPY.plan} title={report.plan.heading} intro={report.plan.intro} />
      <TwoColumns style={{ marginBottom: 12 }} left={<PhaseCard phase={p1} />} right={<PhaseCard phase={p2} />} />
      <TwoColumns left={<PhaseCard phase={p3} />} right={<PhaseCard phase={p4} />} />
    </ReportPage>
  );
}

type ToolRow = ConvergenceReport["plan"]["toolInventory"]["rows"][number];

const TOOL_COLUMNS = { name: 2, purpose: 3.2, tag: 0.9 } as const;
const TOOL_CELL = { paddingVertical: 5, paddingRight: 8 } as const;

/**
 * Where the worksheet's rows go: as many per page as surely fit (estimate.ts), so a long inventory
 * prints as several pages that are each laid out once, instead of one page react-pdf must wrap.
 * Heights in points, generous: the first page's header and legend, a later page's repeated table
 * header, a row's padding and rule, and the day-90 indicators after the table.
 */
const WORKSHEET_ROOM = {
  firstPage: CONTENT_HEIGHT - 180,
  laterPage: CONTENT_HEIGHT - 24,
  rowChrome: 2 * TOOL_CELL.paddingVertical + 1,
  indicators: 175,
};

function toolRowHeight(row: ToolRow): number {
  const total = TOOL_COLUMNS.name + TOOL_COLUMNS.purpose + TOOL_COLUMNS.tag;
  const width = (flex: number) => (CONTENT_WIDTH * flex) / total - TOOL_CELL.paddingRight;
  const lines = Math.max(
    estimateLines(row.name, width(TOOL_COLUMNS.name), 9.5),
    estimateLines(row.purpose, width(TOOL_COLUMNS.purpose), 9.5),
    estimateLines(row.tag, width(TOOL_COLUMNS.tag), 9.5),
  );
  return lines * 9.5 * 1.45 + WORKSHEET_ROOM.rowChrome;
}

/** The worksheet's table: its header row (repeated if react-pdf ever has to wrap it) and rows. */
function ToolTable({ rows }: { rows: readonly ToolRow[] }) {
  return (
    <View>
      <TableHeader
        cells={[
          { text: REPORT_COPY.toolTable.name, style: { flex: TOOL_COLUMNS.name } },
          { text: REPORT_COPY.toolTable.purpose, style: { flex: TOOL_COLUMNS.purpose } },
          { text: REPORT_COPY.toolTable.tag, style: { flex: TOOL_COLUMNS.tag } },
        ]}
      />
      {rows.map((row, i) => (
        <View key={i} wrap={false} style={styles.tableRow}>
          <Text style={{ ...TOOL_CELL, flex: TOOL_COLUMNS.name, fontWeight: 600 }}>{row.name}</Text>
          <Text style={{ ...TOOL_CELL, flex: TOOL_COLUMNS.purpose, color: COLORS.muted }}>{row.purpose}</Text>
          <Text style={{ ...TOOL_CELL, flex: TOOL_COLUMNS.tag }}>{row.tag}</Text>
        </View>
      ))}
    </View>
  );
}

function LeadingIndicators({ indicators, opensPage = false }: { indicators: ConvergenceReport["plan"]["leadingIndicators"]; opensPage?: boolean }) {
  return (
    <View wrap={false} style={{ marginTop: opensPage ? 0 : 24 }}>
      <Text style={styles.h2}>{indicators.heading}</Text>
      <Text style={{ ...styles.small, marginBottom: 8 }}>{indicators.intro}</Text>
      <View style={{ flexDirection: "row" }}>
        {indicators.items.map((item, i) => (
          <View
            key={item.question}
            style={{ ...styles.card, flex: 1, marginLeft: i === 0 ? 0 : 8, backgroundColor: COLORS.brandSoft, borderColor: COLORS.brandSoft }}
          >
            <Text style={{ ...type(9.5, 1.35), fontWeight: 600, marginBottom: 3 }}>{item.question}</Text>
            <Text style={{ ...type(8.5), color: COLORS.muted }}>{item.howToMeasure}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}

/** The tool inventory worksheet and the day-90 indicators: one page, or more for a long inventory. */
function WorksheetPages({ report, footer }: { report: ConvergenceReport; footer: string }) {
  const { toolInventory, leadingIndicators } = report.plan;
  const { pages, roomLeft } = cutIntoPages(toolInventory.rows, toolRowHeight, WORKSHEET_ROOM.firstPage, WORKSHEET_ROOM.laterPage);
  const [firstRows = [], ...laterRows] = pages;
  // An empty worksheet prints blank lines to fill in by hand instead of rows.
  const blankLines = toolInventory.rows.length === 0 ? 30 + toolInventory.blankRowCount * 24 : 0;
  const indicatorsFit = roomLeft - blankLines >= WORKSHEET_ROOM.indicators;
  const lastIndex = laterRows.length;
  const indicatorsHere = (index: number) => (indicatorsFit && index === lastIndex ? <LeadingIndicators indicators={leadingIndicators} /> : null);
  return (
    <>
      <ReportPage footer={footer}>
        <SectionHeader
          eyebrow={`${REPORT_COPY.plan}${REPORT_COPY.separator}${REPORT_COPY.phase} 1`}
          title={toolInventory.heading}
          intro={toolInventory.intro}
        />
        <View style={{ flexDirection: "row", marginBottom: 12 }}>
          {toolInventory.legend.map((entry, i) => (
            <View key={entry.tag} style={{ flex: 1, marginLeft: i === 0 ? 0 : 8, backgroundColor: COLORS.canvas, borderRadius: 4, padding: 8 }}>
              <Text style={{ ...type(9), fontWeight: 700 }}>{entry.tag}</Text>
              <Text style={{ ...type(8), color: COLORS.muted }}>{entry.meaning}</Text>
            </View>
          ))}
        </View>
        <ToolTable rows={firstRows} />
        {toolInventory.rows.length === 0 ? (
          <View>
            <Text style={{ ...styles.small, marginTop: 6, marginBottom: 2 }}>{toolInventory.emptyNote}</Text>
            {Array.from({ length: toolInventory.blankRowCount }, (_, i) => (
              <View key={i} style={{ height: 24, borderBottomWidth: 0.5, borderBottomColor: COLORS.border }} />
            ))}
          </View>
        ) : null}
        {indicatorsHere(0)}
      </ReportPage>
      {laterRows.map((rows, i) => (
        <ReportPage key={i} footer={footer}>
          <ToolTable rows={rows} />
          {indicatorsHere(i + 1)}
        </ReportPage>
      ))}
      {indicatorsFit ? null : (
        <ReportPage footer={footer}>
          <LeadingIndicators indicators={leadingIndicators} opensPage />
        </ReportPage>
      )}
    </>
  );
}

/** Every page of the Convergence Factor report, cover to method. */
export function ConvergencePages({ report }: { report: ConvergenceReport }) {
  const footer = `${report.organisation}${REPORT_COPY.separator}${report.cover.instrumentName}`;
  return (
    <>
      <CoverPage cover={report.cover} />
      <SummaryPage report={report} footer={footer} />
      <PillarsPage report={report} footer={footer} />
      <BenchmarkPage benchmark={report.benchmark} footer={footer} />
      <PerceptionGapsPage gaps={report.perceptionGaps} footer={footer} />
      <PlanPage report={report} footer={footer} />
      <WorksheetPages report={report} footer={footer} />
      <ConsultantNotesPage notes={report.consultantNotes} footer={footer} />
      <MethodPage report={report} footer={footer} />
    </>
  );
}
