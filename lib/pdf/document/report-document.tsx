/**
 * The react-pdf document of an executive report: metadata, then the pages of its instrument.
 * It lays out a plain report object (lib/report) and computes nothing itself.
 */
import { Document } from "@react-pdf/renderer";
import { REPORT_COPY } from "@/lib/report/copy";
import type { ExecutiveReport } from "@/lib/report/types";
import { ConvergencePages } from "./convergence-pages";
import { GenAiPages } from "./genai-pages";

/** The whole PDF document of a report. */
export function ReportDocument({ report }: { report: ExecutiveReport }) {
  return (
    <Document
      title={report.title}
      author={report.organisation}
      subject={report.cover.instrumentName}
      creator={REPORT_COPY.productName}
      producer={REPORT_COPY.productName}
      language="en-GB"
    >
      {report.instrument === "convergence" ? <ConvergencePages report={report} /> : <GenAiPages report={report} />}
    </Document>
  );
}
