import "server-only";
import { z } from "zod";
import { HttpError, parseInput } from "@/lib/http/api";
import { LOGO_MAX_BYTES } from "@/lib/validation/logo";

/*
 * Reading a logo upload: a multipart form with one file field, `logo`. The declared length is
 * checked before the body is read, so an oversized upload is refused without being buffered.
 */

/** Room for the multipart envelope around the file. */
const ENVELOPE_BYTES = 16 * 1024;

const logoFormSchema = z.object({ logo: z.instanceof(File, { error: "Choose an image file to upload" }) });

/** The uploaded file's bytes (413 too large, 415 not a multipart form, 400 no file). */
export async function readLogoUpload(request: Request): Promise<Uint8Array> {
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  if (!type.startsWith("multipart/form-data")) throw new HttpError(415, "unsupported_media_type", "Upload the logo as a multipart form");
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (Number.isFinite(declared) && declared > LOGO_MAX_BYTES + ENVELOPE_BYTES) {
    throw new HttpError(413, "too_large", `Use an image of at most ${LOGO_MAX_BYTES / 1024} kB`);
  }
  const form = await request.formData().catch(() => {
    throw new HttpError(400, "invalid_form", "The form could not be read");
  });
  const { logo } = parseInput(logoFormSchema, { logo: form.get("logo") ?? undefined });
  if (logo.size > LOGO_MAX_BYTES) throw new HttpError(413, "too_large", `Use an image of at most ${LOGO_MAX_BYTES / 1024} kB`);
  return new Uint8Array(await logo.arrayBuffer());
}
