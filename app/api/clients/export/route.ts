// GET /api/clients/export – the consultant dashboard as a CSV download (every client of the caller's practice)
import { getViewer } from "@/lib/auth/actor";
import { exportClientsCsv } from "@/lib/data/consultants";
import { apiRoute, HttpError } from "@/lib/http/api";
import { recordRequestEvent } from "@/lib/http/audit";
import { limitOrRefuse } from "@/lib/http/rate-limited";
import { csvExportBuckets } from "@/lib/security/rate-limits";
import { buildClientsCsv, clientsCsvFileName } from "@/lib/report/csv-clients";

export const GET = apiRoute(async (request: Request) => {
  const viewer = await getViewer();
  if (!viewer) throw new HttpError(401, "unauthenticated", "Sign in to do this");
  const limited = await limitOrRefuse(request, csvExportBuckets(viewer.userId), "You have exported the client list many times in the last hour.", {
    actorUserId: viewer.userId,
  });
  if (limited) return limited;
  // Anyone without a practice gets 404 from the data layer: the export does not exist for them.
  const rows = await exportClientsCsv(viewer);
  await recordRequestEvent(request, {
    action: "csv_export",
    outcome: "success",
    actorUserId: viewer.userId,
    organizationId: viewer.memberships.find((m) => m.kind === "practice")?.organizationId ?? null,
    detail: { rows: rows.length },
  });
  return new Response(buildClientsCsv(rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      // The name is ASCII letters, digits and hyphens (lib/report/csv-clients.ts): no encoding needed.
      "Content-Disposition": `attachment; filename="${clientsCsvFileName(new Date())}"`,
      // Client data: never kept by a shared cache or the browser's.
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
