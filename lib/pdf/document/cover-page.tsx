/**
 * The cover: product, instrument and organisation, the date, and the headline result. It has
 * no footer (it counts as page 1, so the footer of the next page reads "Page 2 of N").
 */
import { Image, Page, Text, View } from "@react-pdf/renderer";
import { REPORT_COPY } from "@/lib/report/copy";
import type { ReportCover } from "@/lib/report/types";
import { COLORS, LEVEL_COLORS, PAGE, styles, type } from "./theme";

const ON_BRAND = { strong: "#ffffff", soft: "#cfe3e4" } as const;
const INSET = PAGE.marginX + 6;

/** The first page of either report. */
export function CoverPage({ cover }: { cover: ReportCover }) {
  const level = cover.level ? LEVEL_COLORS[cover.level] : null;
  return (
    <Page size="A4" style={{ ...styles.page, paddingTop: 0, paddingBottom: 0, paddingHorizontal: 0 }}>
      <View style={{ backgroundColor: COLORS.brand, paddingHorizontal: INSET, paddingTop: 64, paddingBottom: 52, height: 390 }}>
        <Text style={{ ...type(11), color: ON_BRAND.strong, fontWeight: 700, letterSpacing: 1.5, textTransform: "uppercase" }}>
          {REPORT_COPY.productName}
        </Text>
        <View style={{ marginTop: "auto" }}>
          <Text style={{ ...type(10), color: ON_BRAND.soft, fontWeight: 600, letterSpacing: 1.2, textTransform: "uppercase", marginBottom: 10 }}>
            {cover.kicker}
          </Text>
          <Text style={{ ...type(32, 1.12), color: ON_BRAND.strong, fontWeight: 700, marginBottom: 14, maxWidth: 430 }}>
            {cover.instrumentName}
          </Text>
          <Text style={{ ...type(12, 1.45), color: ON_BRAND.soft, maxWidth: 400 }}>{cover.tagline}</Text>
        </View>
      </View>

      <View style={{ paddingHorizontal: INSET, paddingTop: 48, flexGrow: 1 }}>
        <Text style={styles.label}>{REPORT_COPY.cover.preparedFor}</Text>
        <Text style={{ ...type(24, 1.2), fontWeight: 700, marginTop: 6 }}>{cover.organisation}</Text>
        <Text style={{ ...type(11), color: COLORS.muted, marginTop: 4 }}>
          {[cover.dateLabel, cover.basis].filter(Boolean).join(REPORT_COPY.separator)}
        </Text>
        {cover.preparedByLogo ? (
          // eslint-disable-next-line jsx-a11y/alt-text -- react-pdf's Image is drawn into the PDF and takes no alt text; the practice's name follows it
          <Image src={cover.preparedByLogo.src} style={{ width: cover.preparedByLogo.width, height: cover.preparedByLogo.height, marginTop: 16 }} />
        ) : null}
        {cover.preparedBy ? (
          <Text style={{ ...type(11), fontWeight: 600, color: COLORS.brand, marginTop: cover.preparedByLogo ? 6 : 10 }}>{cover.preparedBy}</Text>
        ) : null}

        <View
          style={{
            marginTop: 44,
            flexDirection: "row",
            alignItems: "center",
            borderTopWidth: 0.75,
            borderTopColor: COLORS.border,
            paddingTop: 22,
          }}
        >
          {level && cover.level ? (
            <View
              style={{
                width: 46,
                height: 46,
                borderRadius: 8,
                backgroundColor: level.fill,
                alignItems: "center",
                justifyContent: "center",
                marginRight: 14,
              }}
            >
              <Text style={{ ...type(22, 1), color: level.text, fontWeight: 700 }}>{String(cover.level)}</Text>
            </View>
          ) : null}
          <View>
            <Text style={styles.label}>{REPORT_COPY.cover.result}</Text>
            <Text style={{ ...type(18, 1.25), fontWeight: 700, marginTop: 2 }}>{cover.headline}</Text>
          </View>
        </View>
      </View>

      <View style={{ paddingHorizontal: INSET, paddingBottom: 40 }}>
        <Text style={{ ...type(8.5), color: COLORS.muted, borderTopWidth: 0.75, borderTopColor: COLORS.border, paddingTop: 8 }}>
          {cover.note}
        </Text>
      </View>
    </Page>
  );
}
