/**
 * Sections both reports print: the method page, and the optional sections whose data does not
 * exist yet (peers, Marketing-vs-IT gaps, consultant notes). An absent slot prints nothing.
 */
import { Text, View } from "@react-pdf/renderer";
import { REPORT_COPY } from "@/lib/report/copy";
import type { ExecutiveReport, ReportConsultantNotes, ReportPeerComparison, ReportPerceptionGaps } from "@/lib/report/types";
import { Callout, ReportPage, SectionHeader, TextSection } from "./primitives";
import { styles } from "./theme";

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
function SimpleTable({ header, rows, widths }: { header: string[]; rows: string[][]; widths: number[] }) {
  return (
    <View>
      {/* `fixed` inside the table: the header row repeats on every page the table runs onto. */}
      <View fixed style={styles.tableHeader}>
        {header.map((cell, i) => (
          <Text key={i} style={{ ...styles.label, flex: widths[i] ?? 1 }}>
            {cell}
          </Text>
        ))}
      </View>
      {rows.map((row, r) => (
        <View key={r} wrap={false} style={{ ...styles.tableRow, paddingVertical: 5 }}>
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

/** Where the organisation stands against peers (summary callout); nothing until benchmarks exist. */
export function PeerComparisonBlock({ peers }: { peers: ReportPeerComparison | undefined }) {
  if (!peers) return null;
  return (
    <Callout heading={peers.heading} text={peers.summary} tone="neutral" style={{ marginTop: 10 }}>
      <View style={{ marginTop: 6 }}>
        <SimpleTable header={["", "", ""]} rows={peers.rows.map((r) => [r.label, r.yours, r.peers])} widths={[2, 1, 1]} />
      </View>
      <Text style={{ ...styles.small, marginTop: 4 }}>{peers.source}</Text>
    </Callout>
  );
}

/** The Marketing-vs-IT perception gaps of a team assessment; nothing until team assessments exist. */
export function PerceptionGapsPage({ gaps, footer }: { gaps: ReportPerceptionGaps | undefined; footer: string }) {
  if (!gaps) return null;
  return (
    <ReportPage footer={footer}>
      <SectionHeader title={gaps.heading} intro={gaps.summary} />
      <SimpleTable header={["", "", "", ""]} rows={gaps.rows.map((r) => [r.label, r.marketing, r.it, r.gap])} widths={[3, 1, 1, 1]} />
    </ReportPage>
  );
}

/** The consultant's notes; nothing until the consultant workspace exists. */
export function ConsultantNotesPage({ notes, footer }: { notes: ReportConsultantNotes | undefined; footer: string }) {
  if (!notes) return null;
  return (
    <ReportPage footer={footer}>
      <SectionHeader title={notes.heading} intro={notes.author} />
      {notes.notes.map((note, i) => (
        <Text key={i} style={{ marginBottom: 6 }}>
          {note}
        </Text>
      ))}
    </ReportPage>
  );
}
