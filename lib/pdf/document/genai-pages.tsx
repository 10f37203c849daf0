/**
 * The pages of the Generative AI maturity report: summary, the thirteen dimensions (radar and
 * spread), the gap table, the "Level 3 by Q3" roadmap with the foundation check, then the method.
 */
import { Text, View } from "@react-pdf/renderer";
import { REPORT_COPY } from "@/lib/report/copy";
import type { GenAiDimensionRow, GenAiReport, GenAiRoadmapCard } from "@/lib/report/types";
import { CoverPage } from "./cover-page";
import { Callout, LevelBadge, LevelScale, ReportPage, SectionHeader, TableHeader, TwoColumns } from "./primitives";
import { RadarChart } from "./radar-chart";
import { BenchmarkPage, ConsultantNotesPage, MethodPage, PeerStandingBlock, PerceptionGapsPage } from "./shared-sections";
import { CONTENT_HEIGHT, cutIntoPages, estimateLines } from "./estimate";
import { COLORS, CONTENT_WIDTH, LEVEL_COLORS, styles, type } from "./theme";

const SEP = REPORT_COPY.separator;

function SummaryPage({ report, footer }: { report: GenAiReport; footer: string }) {
  const { summary } = report;
  const foundationTone = summary.foundationNote.isWarning ? "warning" : "neutral";
  return (
    <ReportPage footer={footer}>
      <Text style={styles.eyebrow}>{REPORT_COPY.summary.heading}</Text>
      <Text style={{ ...styles.h1, ...type(26, 1.15) }}>{report.cover.headline}</Text>
      {summary.level ? <Text style={{ ...styles.lead, marginBottom: 4 }}>{summary.level.meaning}</Text> : null}
      <Text style={{ ...styles.small, marginBottom: 2 }}>{`${summary.basis} ${summary.rule}`}</Text>
      <View style={{ marginTop: 8, marginBottom: 12 }}>
        <LevelScale steps={summary.scale} />
      </View>

      {summary.marketingSees && summary.itSees ? (
        <TwoColumns
          style={{ marginBottom: 10 }}
          left={<Callout heading={summary.marketingSees.heading} text={summary.marketingSees.text} />}
          right={<Callout heading={summary.itSees.heading} text={summary.itSees.text} />}
        />
      ) : null}

      <Callout heading={summary.roadmapHeadline.heading} text={summary.roadmapHeadline.text} tone="brand" style={{ marginBottom: 10 }}>
        <View style={{ marginTop: 6 }}>
          {summary.priorities.map((priority, i) => (
            <View
              key={priority.name}
              style={{ flexDirection: "row", paddingVertical: 4, borderTopWidth: i === 0 ? 0 : 0.5, borderTopColor: "#bcd6d6" }}
            >
              <Text style={{ width: 16, fontWeight: 700, color: COLORS.brand }}>{String(i + 1)}</Text>
              <View style={{ flex: 1 }}>
                <Text style={{ fontWeight: 600 }}>{priority.name}</Text>
                <Text style={{ ...type(8.5), color: COLORS.muted }}>{priority.statusLabel}</Text>
                <Text style={{ ...type(8.5), color: COLORS.muted }}>{priority.ownersLabel}</Text>
              </View>
            </View>
          ))}
        </View>
      </Callout>

      <TwoColumns
        left={<Callout heading={summary.foundationNote.heading} text={summary.foundationNote.text} tone={foundationTone} />}
        right={<Callout heading={summary.expectedReturn.heading} text={summary.expectedReturn.text} tone="brand" />}
      />
      <PeerStandingBlock benchmark={report.benchmark} />
    </ReportPage>
  );
}

function DimensionsPage({ report, footer }: { report: GenAiReport; footer: string }) {
  const { dimensions } = report;
  const largest = Math.max(1, ...dimensions.distribution.map((d) => d.count));
  return (
    <ReportPage footer={footer}>
      <SectionHeader eyebrow={REPORT_COPY.scores} title={dimensions.heading} intro={dimensions.intro} />
      <RadarChart radar={dimensions.radar} width={CONTENT_WIDTH} height={400} radius={138} labelFontSize={7.5} labelMaxChars={17} />
      <View wrap={false} style={{ marginTop: 16 }}>
        <Text style={styles.h3}>{REPORT_COPY.distribution}</Text>
        {dimensions.distribution.map((level, i) => {
          const colors = LEVEL_COLORS[(i + 1) as 1 | 2 | 3 | 4 | 5];
          return (
            <View key={level.label} style={{ flexDirection: "row", alignItems: "flex-start", marginTop: 5 }}>
              <Text style={{ width: 118, ...type(8.5), fontWeight: 600 }}>{level.label}</Text>
              <View style={{ width: 90, height: 8, backgroundColor: COLORS.sunken, borderRadius: 4, marginTop: 3, marginRight: 6 }}>
                <View style={{ width: (90 * level.count) / largest, height: 8, borderRadius: 4, backgroundColor: colors.fill }} />
              </View>
              <Text style={{ width: 14, ...type(8.5), fontWeight: 700, textAlign: "right", marginRight: 8 }}>{String(level.count)}</Text>
              <Text style={{ flex: 1, ...type(8), color: COLORS.muted }}>{level.names.join(", ")}</Text>
            </View>
          );
        })}
      </View>
    </ReportPage>
  );
}

/** The gap table's column widths, in points (the table spans the page's content width). */
const GAP_COLUMNS = (() => {
  const share = { dimension: 3.2, today: 2, target: 2, gap: 0.9 };
  const total = share.dimension + share.today + share.target + share.gap;
  const width = (part: number) => (CONTENT_WIDTH * part) / total;
  return { dimension: width(share.dimension), today: width(share.today), target: width(share.target), gap: width(share.gap) };
})();

const BADGE_SPACE = 14 + 5;

/**
 * A level column's cell: the badge and the level's name, laid straight into the row (no View
 * around them: this table has thirteen rows of two), the name nudged down to the badge's middle.
 */
function LevelCell({ level, fallback, width }: { level: GenAiDimensionRow["today"]; fallback: string; width: number }) {
  if (!level) return <Text style={{ width, paddingRight: 6, color: COLORS.muted }}>{fallback}</Text>;
  const nameLine = 8.5 * 1.4;
  return (
    <>
      <LevelBadge level={level.level} />
      <Text style={{ ...type(8.5), width: width - BADGE_SPACE, paddingRight: 6, paddingTop: (14 - nameLine) / 2 }}>{level.name}</Text>
    </>
  );
}

/**
 * One dimension: a row that wraps once, so the respondent's note (which can be several sentences)
 * runs under the whole row. Few nodes on purpose: this table is the longest part of the report.
 */
function DimensionRow({ row }: { row: GenAiDimensionRow }) {
  return (
    <View wrap={false} style={{ ...styles.tableRow, flexWrap: "wrap", alignItems: "flex-start", paddingVertical: 6 }}>
      <Text style={{ width: GAP_COLUMNS.dimension, paddingRight: 8, fontWeight: 600 }}>
        {row.name}
        {row.isPriority ? (
          <Text style={{ ...styles.label, ...type(6.5), color: COLORS.brand }}>{`   ${REPORT_COPY.roadmapCard.priority}`}</Text>
        ) : null}
      </Text>
      {row.isRated ? (
        <>
          <LevelCell level={row.today} fallback={row.todayLabel} width={GAP_COLUMNS.today} />
          <LevelCell level={row.target} fallback={row.targetLabel} width={GAP_COLUMNS.target} />
          <Text style={{ width: GAP_COLUMNS.gap, fontWeight: row.gap ? 700 : 400, color: row.gap ? COLORS.ink : COLORS.muted }}>{row.gapLabel}</Text>
        </>
      ) : (
        <Text style={{ width: GAP_COLUMNS.today + GAP_COLUMNS.target + GAP_COLUMNS.gap, color: COLORS.muted }}>{row.todayLabel}</Text>
      )}
      {row.evidence ? (
        <Text style={{ ...type(8), width: "100%", color: COLORS.muted, paddingTop: 2, paddingRight: 40 }}>
          <Text style={{ fontWeight: 600, color: COLORS.ink }}>{`${REPORT_COPY.dimensionTable.evidence} `}</Text>
          {row.evidence}
        </Text>
      ) : null}
    </View>
  );
}

/** Generous heights in points (estimate.ts): the page opening, a later page's table header, a row. */
const GAP_TABLE_ROOM = { firstPage: CONTENT_HEIGHT - 120, laterPage: CONTENT_HEIGHT - 24 };

function dimensionRowHeight(row: GenAiDimensionRow): number {
  const levelLines = (level: GenAiDimensionRow["today"]) => (level ? estimateLines(level.name, GAP_COLUMNS.today - BADGE_SPACE - 6, 8.5) : 1);
  const firstLine = Math.max(
    estimateLines(`${row.name}${row.isPriority ? `   ${REPORT_COPY.roadmapCard.priority}` : ""}`, GAP_COLUMNS.dimension - 8, 9.5) * 9.5 * 1.45,
    levelLines(row.today) * 8.5 * 1.4,
    levelLines(row.target) * 8.5 * 1.4,
    14,
  );
  const evidence = row.evidence
    ? 2 + estimateLines(`${REPORT_COPY.dimensionTable.evidence} ${row.evidence}`, CONTENT_WIDTH - 40, 8) * 8 * 1.4
    : 0;
  return 12.5 + firstLine + evidence;
}

/** The gap table: its header row (repeated if react-pdf ever has to wrap it) and rows. */
function GapTable({ rows }: { rows: readonly GenAiDimensionRow[] }) {
  return (
    <View>
      <TableHeader
        cells={[
          { text: REPORT_COPY.dimensionTable.dimension, style: { width: GAP_COLUMNS.dimension } },
          { text: REPORT_COPY.dimensionTable.today, style: { width: GAP_COLUMNS.today } },
          { text: REPORT_COPY.dimensionTable.target, style: { width: GAP_COLUMNS.target } },
          { text: REPORT_COPY.dimensionTable.gap, style: { width: GAP_COLUMNS.gap } },
        ]}
      />
      {rows.map((row) => (
        <DimensionRow key={row.name} row={row} />
      ))}
    </View>
  );
}

/** The gap table: one page, or more when the respondent's notes are long (cut as in estimate.ts). */
function GapTablePages({ report, footer }: { report: GenAiReport; footer: string }) {
  const { dimensions } = report;
  const { pages } = cutIntoPages(dimensions.rows, dimensionRowHeight, GAP_TABLE_ROOM.firstPage, GAP_TABLE_ROOM.laterPage);
  const [firstRows = [], ...laterRows] = pages;
  return (
    <>
      <ReportPage footer={footer}>
        <SectionHeader eyebrow={REPORT_COPY.scores} title={dimensions.tableHeading} intro={dimensions.tableIntro} />
        <GapTable rows={firstRows} />
      </ReportPage>
      {laterRows.map((rows, i) => (
        <ReportPage key={i} footer={footer}>
          <GapTable rows={rows} />
        </ReportPage>
      ))}
    </>
  );
}

function RoadmapCardView({ card }: { card: GenAiRoadmapCard }) {
  const [looksLike, ...details] = card.fields;
  const owner = (label: string, value: string) => (
    <View style={{ flex: 1 }}>
      <Text style={styles.label}>{label}</Text>
      <Text style={{ fontWeight: 600 }}>{value}</Text>
    </View>
  );
  return (
    <View style={{ ...styles.card, padding: 0 }}>
      <View wrap={false} minPresenceAhead={120} style={{ backgroundColor: COLORS.brandSoft, paddingHorizontal: 12, paddingVertical: 9, borderTopLeftRadius: 6, borderTopRightRadius: 6 }}>
        <Text style={{ ...styles.label, color: COLORS.brand }}>{`${REPORT_COPY.roadmapCard.priority} ${card.position}`}</Text>
        <Text style={{ ...styles.h2, marginBottom: 1 }}>{card.dimension}</Text>
        <Text style={{ ...type(8.5), color: COLORS.muted }}>{`${card.todayLabel}${SEP}${card.goalLabel}`}</Text>
      </View>
      <View style={{ paddingHorizontal: 12, paddingTop: 8, paddingBottom: 10 }}>
        <View wrap={false} style={{ flexDirection: "row", marginBottom: 8, paddingBottom: 8, borderBottomWidth: 0.5, borderBottomColor: COLORS.border }}>
          {owner(REPORT_COPY.roadmapCard.marketingOwner, card.marketingOwner)}
          {owner(REPORT_COPY.roadmapCard.itOwner, card.itOwner)}
          {owner(REPORT_COPY.roadmapCard.targetDate, card.dateLabel)}
        </View>
        {looksLike ? (
          <View wrap={false} style={{ marginBottom: 7 }}>
            <Text style={styles.h3}>{looksLike.label}</Text>
            <Text>{looksLike.text}</Text>
          </View>
        ) : null}
        <View style={{ flexDirection: "row", flexWrap: "wrap" }}>
          {details.map((field, i) => (
            <View key={field.label} wrap={false} style={{ width: "50%", paddingRight: i % 2 === 0 ? 8 : 0, paddingLeft: i % 2 === 1 ? 8 : 0, marginBottom: 7 }}>
              <Text style={styles.h3}>{field.label}</Text>
              <Text style={{ ...type(8.5) }}>{field.text}</Text>
            </View>
          ))}
        </View>
        <TwoColumns
          left={<Callout heading={REPORT_COPY.roadmapCard.marketingWin} text={card.marketingWin} tone="success" />}
          right={<Callout heading={REPORT_COPY.roadmapCard.itWin} text={card.itWin} tone="success" />}
        />
        {card.flags.map((flag) => (
          <Callout key={flag} heading={REPORT_COPY.roadmapCard.flag} text={flag} tone="warning" style={{ marginTop: 8 }} />
        ))}
      </View>
    </View>
  );
}

function RoadmapPages({ report, footer }: { report: GenAiReport; footer: string }) {
  const { roadmap } = report;
  const hasFlagTable = roadmap.foundation.flags.length > 0;
  // One priority per page: a card is read as a unit, and half a card at the foot of a page is not.
  // The first shares the roadmap's opening page unless a table of flags already fills it.
  const [first, ...others] = roadmap.cards;
  const sharesOpening = !hasFlagTable && first !== undefined;
  const onOwnPage = sharesOpening ? others : roadmap.cards;
  return (
    <>
      <ReportPage footer={footer}>
        <SectionHeader eyebrow={REPORT_COPY.roadmap} title={roadmap.heading} intro={roadmap.intro} />
        {/* The foundation comes first: it decides whether the targets below are realistic. */}
        <View wrap={false} style={{ marginBottom: 12 }}>
          <Text style={styles.h2}>{roadmap.foundation.heading}</Text>
          <Callout
            heading={roadmap.foundation.headline}
            text={roadmap.foundation.summary}
            tone={roadmap.foundation.isWarning ? "warning" : "neutral"}
            style={{ marginTop: 4 }}
          />
        </View>
        {hasFlagTable ? (
          <View style={{ marginTop: 10 }}>
            <TableHeader
              cells={[
                { text: REPORT_COPY.foundationTable.dimension, style: { flex: 2.4 } },
                { text: REPORT_COPY.foundationTable.target, style: { flex: 2 } },
                { text: REPORT_COPY.foundationTable.pillar, style: { flex: 2 } },
              ]}
            />
            {roadmap.foundation.flags.map((flag) => (
              <View key={`${flag.dimension}${flag.pillar}`} wrap={false} style={{ ...styles.tableRow, paddingVertical: 4 }}>
                <Text style={{ flex: 2.4, fontWeight: 600, paddingRight: 6 }}>{flag.dimension}</Text>
                <Text style={{ flex: 2, paddingRight: 6 }}>{flag.target}</Text>
                <Text style={{ flex: 2, color: COLORS.warning, fontWeight: 600 }}>{flag.pillar}</Text>
              </View>
            ))}
            <Text style={{ ...styles.small, marginTop: 6 }}>{roadmap.foundation.rule}</Text>
          </View>
        ) : null}
        {sharesOpening ? <RoadmapCardView card={first} /> : null}
      </ReportPage>
      {onOwnPage.map((card) => (
        <ReportPage key={card.position} footer={footer}>
          <RoadmapCardView card={card} />
        </ReportPage>
      ))}
    </>
  );
}

/** Every page of the Generative AI maturity report, cover to method. */
export function GenAiPages({ report }: { report: GenAiReport }) {
  const footer = `${report.organisation}${SEP}${report.cover.instrumentName}`;
  return (
    <>
      <CoverPage cover={report.cover} />
      <SummaryPage report={report} footer={footer} />
      <DimensionsPage report={report} footer={footer} />
      <GapTablePages report={report} footer={footer} />
      <BenchmarkPage benchmark={report.benchmark} footer={footer} />
      <PerceptionGapsPage gaps={report.perceptionGaps} footer={footer} />
      <RoadmapPages report={report} footer={footer} />
      <ConsultantNotesPage notes={report.consultantNotes} footer={footer} />
      <MethodPage report={report} footer={footer} />
    </>
  );
}
