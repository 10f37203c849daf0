import "server-only";
import { db } from "@/lib/db";
import { requireOrganization } from "@/lib/data/access";
import { forbidden, notFound } from "@/lib/data/errors";
import type { Viewer } from "@/lib/auth/access";
import type { LogoContentType } from "@/lib/validation/logo";

/*
 * A consultancy's logo: its owner uploads and removes it; the practice's own people may see it;
 * it is printed on the cover of the reports of the clients the practice manages. To anyone else
 * the practice's logo does not exist (404).
 */

export interface PracticeLogo {
  contentType: LogoContentType;
  bytes: Uint8Array;
  width: number;
  height: number;
  updatedAt: Date;
}

const toLogo = (row: { contentType: string; bytes: Uint8Array; width: number; height: number; updatedAt: Date }): PracticeLogo => ({
  ...row,
  contentType: row.contentType === "image/jpeg" ? "image/jpeg" : "image/png",
});

/** The practice the viewer owns, by id; not_found for anything else, forbidden for its members. */
export async function requirePracticeOwner(viewer: Viewer | null, organizationId: string): Promise<void> {
  const { organization, relation } = await requireOrganization(viewer, organizationId, "view");
  if (organization.kind !== "practice") throw notFound("Organisation");
  if (relation !== "owner") throw forbidden("Only the practice's owner can change its logo");
}

/** Replaces the practice's logo with an image already checked by checkLogo. */
export async function setPracticeLogo(
  viewer: Viewer | null,
  organizationId: string,
  logo: { contentType: LogoContentType; bytes: Uint8Array; width: number; height: number },
): Promise<void> {
  await requirePracticeOwner(viewer, organizationId);
  const data = { contentType: logo.contentType, bytes: new Uint8Array(logo.bytes), width: logo.width, height: logo.height };
  await db.practiceLogo.upsert({ where: { organizationId }, create: { organizationId, ...data }, update: data });
}

/** Removes the practice's logo (nothing to remove is fine). */
export async function removePracticeLogo(viewer: Viewer | null, organizationId: string): Promise<void> {
  await requirePracticeOwner(viewer, organizationId);
  await db.practiceLogo.deleteMany({ where: { organizationId } });
}

/** The practice's logo for its own people; null when it has none; not_found for anyone else. */
export async function readPracticeLogo(viewer: Viewer | null, organizationId: string): Promise<PracticeLogo | null> {
  const { organization } = await requireOrganization(viewer, organizationId, "view");
  if (organization.kind !== "practice") throw notFound("Organisation");
  const row = await db.practiceLogo.findUnique({ where: { organizationId } });
  return row ? toLogo(row) : null;
}

/**
 * The logo to print on a managed client's report. No viewer: the caller has already checked that
 * the reader may read the client's result, and the logo is the practice's public face to its clients.
 */
export async function practiceLogoForReport(practiceId: string): Promise<PracticeLogo | null> {
  const row = await db.practiceLogo.findUnique({ where: { organizationId: practiceId } });
  return row ? toLogo(row) : null;
}
