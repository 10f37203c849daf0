/**
 * The pages of the Generative AI maturity report: summary, the thirteen dimensions (radar and
 * spread), the gap table, the "Level 3 by Q3" roadmap with the foundation check, then the method.
 */
import { Text, View } from "@react-pdf/renderer";
import { REPORT_COPY } from "@/lib/report/copy";
import type { GenAiDimensionRow, GenAiReport, GenAiRoadmapCard } from "@/lib/report/types";
import { CoverPage } from "./cover-page";
import { Callout, LevelBadge, LevelScale, ReportPage, SectionHeader, TwoColumns } from "./primitives";
import { RadarChart } from "./radar-chart";
import { ConsultantNotesPage, MethodPage, PeerComparisonBlock, PerceptionGapsPage } from "./shared-sections";
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
          left={<Callout heading={summary.marketingSees.heading} text={summary.marketingSees.text} fill />}
          right={<Callout heading={summary.itSees.heading} text={summary.itSees.text} fill />}
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
        left={<Callout heading={summary.foundationNote.heading} text={summary.foundationNote.text} tone={foundationTone} fill />}
        right={<Callout heading={summary.expectedReturn.heading} text={summary.expectedReturn.text} tone="brand" fill />}
      />
      <PeerComparisonBlock peers={report.peers} />
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

function LevelCell({ level, fallback }: { level: GenAiDimensionRow["today"]; fallback: string }) {
  if (!level) return <Text style={{ color: COLORS.muted }}>{fallback}</Text>;
  return (
    <View style={{ flexDirection: "row", alignItems: "center" }}>
      <LevelBadge level={level.level} />
      <Text style={{ flex: 1, ...type(8.5) }}>{level.name}</Text>
    </View>
  );
}

function DimensionRow({ row }: { row: GenAiDimensionRow }) {
  return (
    <View wrap={false} style={{ borderBottomWidth: 0.5, borderBottomColor: COLORS.border, paddingVertical: 6 }}>
      <View style={{ flexDirection: "row" }}>
        <View style={{ flex: 3.2, paddingRight: 8, flexDirection: "row", alignItems: "center", flexWrap: "wrap" }}>
          <Text style={{ fontWeight: 600 }}>{row.name}</Text>
          {row.isPriority ? (
            <Text style={{ ...styles.label, ...type(6.5), color: COLORS.brand, marginLeft: 6 }}>{REPORT_COPY.roadmapCard.priority}</Text>
          ) : null}
        </View>
        {row.isRated ? (
          <>
            <View style={{ flex: 2, paddingRight: 6 }}>
              <LevelCell level={row.today} fallback={row.todayLabel} />
            </View>
            <View style={{ flex: 2, paddingRight: 6 }}>
              <LevelCell level={row.target} fallback={row.targetLabel} />
            </View>
            <Text style={{ flex: 0.9, fontWeight: row.gap ? 700 : 400, color: row.gap ? COLORS.ink : COLORS.muted }}>{row.gapLabel}</Text>
          </>
        ) : (
          <Text style={{ flex: 4.9, color: COLORS.muted }}>{row.todayLabel}</Text>
        )}
      </View>
      {/* The respondent's note runs under the whole row: it can be several sentences long. */}
      {row.evidence ? (
        <Text style={{ ...type(8), color: COLORS.muted, marginTop: 2, paddingRight: 40 }}>
          <Text style={{ fontWeight: 600, color: COLORS.ink }}>{`${REPORT_COPY.dimensionTable.evidence} `}</Text>
          {row.evidence}
        </Text>
      ) : null}
    </View>
  );
}

function GapTablePage({ report, footer }: { report: GenAiReport; footer: string }) {
  const { dimensions } = report;
  return (
    <ReportPage footer={footer}>
      <SectionHeader eyebrow={REPORT_COPY.scores} title={dimensions.tableHeading} intro={dimensions.tableIntro} />
      <View style={{ flexDirection: "row", borderBottomWidth: 1, borderBottomColor: COLORS.borderStrong, paddingBottom: 4 }}>
        <Text style={{ ...styles.label, flex: 3.2 }}>{REPORT_COPY.dimensionTable.dimension}</Text>
        <Text style={{ ...styles.label, flex: 2 }}>{REPORT_COPY.dimensionTable.today}</Text>
        <Text style={{ ...styles.label, flex: 2 }}>{REPORT_COPY.dimensionTable.target}</Text>
        <Text style={{ ...styles.label, flex: 0.9 }}>{REPORT_COPY.dimensionTable.gap}</Text>
      </View>
      {dimensions.rows.map((row) => (
        <DimensionRow key={row.name} row={row} />
      ))}
    </ReportPage>
  );
}

function RoadmapCardView({ card, startsPage }: { card: GenAiRoadmapCard; startsPage: boolean }) {
  const [looksLike, ...details] = card.fields;
  const owner = (label: string, value: string) => (
    <View style={{ flex: 1 }}>
      <Text style={styles.label}>{label}</Text>
      <Text style={{ fontWeight: 600 }}>{value}</Text>
    </View>
  );
  return (
    // One priority per page: a card is read as a unit, and half a card at the foot of a page is not.
    <View break={startsPage} style={{ ...styles.card, padding: 0, marginBottom: 14 }}>
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
          left={<Callout heading={REPORT_COPY.roadmapCard.marketingWin} text={card.marketingWin} tone="success" fill />}
          right={<Callout heading={REPORT_COPY.roadmapCard.itWin} text={card.itWin} tone="success" fill />}
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
  return (
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
      {roadmap.foundation.flags.length > 0 ? (
        <View style={{ marginTop: 10 }}>
          <View wrap={false} style={{ flexDirection: "row", borderBottomWidth: 1, borderBottomColor: COLORS.borderStrong, paddingBottom: 4 }}>
            <Text style={{ ...styles.label, flex: 2.4 }}>{REPORT_COPY.foundationTable.dimension}</Text>
            <Text style={{ ...styles.label, flex: 2 }}>{REPORT_COPY.foundationTable.target}</Text>
            <Text style={{ ...styles.label, flex: 2 }}>{REPORT_COPY.foundationTable.pillar}</Text>
          </View>
          {roadmap.foundation.flags.map((flag) => (
            <View
              key={`${flag.dimension}${flag.pillar}`}
              wrap={false}
              style={{ flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: COLORS.border, paddingVertical: 4 }}
            >
              <Text style={{ flex: 2.4, fontWeight: 600, paddingRight: 6 }}>{flag.dimension}</Text>
              <Text style={{ flex: 2, paddingRight: 6 }}>{flag.target}</Text>
              <Text style={{ flex: 2, color: COLORS.warning, fontWeight: 600 }}>{flag.pillar}</Text>
            </View>
          ))}
          <Text style={{ ...styles.small, marginTop: 6 }}>{roadmap.foundation.rule}</Text>
        </View>
      ) : null}
      {roadmap.cards.map((card) => (
        // With a table of flags above it, the first card would start low and split; give it a page.
        <RoadmapCardView key={card.position} card={card} startsPage={card.position > 1 || hasFlagTable} />
      ))}
    </ReportPage>
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
      <GapTablePage report={report} footer={footer} />
      <PerceptionGapsPage gaps={report.perceptionGaps} footer={footer} />
      <RoadmapPages report={report} footer={footer} />
      <ConsultantNotesPage notes={report.consultantNotes} footer={footer} />
      <MethodPage report={report} footer={footer} />
    </>
  );
}
