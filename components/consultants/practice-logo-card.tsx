import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Eyebrow, Heading } from "@/components/ui/heading";
import { loadViewer } from "@/lib/data/access";
import { readPracticeLogo } from "@/lib/data/logos";
import { LOGO_MAX_BYTES, LOGO_MAX_PIXELS, LOGO_MIN_PIXELS } from "@/lib/validation/logo";

/** Why the last upload was refused, by the code the upload route sends back. */
const REFUSALS: Record<string, string> = {
  invalid_image: `That file is not a PNG or JPEG between ${LOGO_MIN_PIXELS} and ${LOGO_MAX_PIXELS} pixels wide and high.`,
  too_large: `That file is larger than ${LOGO_MAX_BYTES / 1024} kB.`,
  invalid_input: "Choose an image file to upload.",
  invalid_form: "The upload could not be read. Try again.",
};

/**
 * The practice owner's logo on client reports: the current logo, an upload form and a way to
 * remove it. Plain forms (no JavaScript); the upload route answers with a 303 back here.
 */
export async function PracticeLogoCard({ userId, organizationId, refusal }: { userId: string; organizationId: string; refusal: string | null }) {
  const logo = await readPracticeLogo(await loadViewer(userId), organizationId);
  const action = `/api/organizations/${encodeURIComponent(organizationId)}/logo`;
  const message = refusal ? (REFUSALS[refusal] ?? REFUSALS.invalid_form) : null;
  return (
    <Card as="section" tone="flat" className="mt-8 scroll-mt-6" id="logo" aria-labelledby="logo-heading">
      <Eyebrow>Client reports</Eyebrow>
      <Heading level={2} size="title" id="logo-heading" className="mt-1">
        Your logo on client reports
      </Heading>
      <p className="mt-2 max-w-2xl text-small text-muted">
        Printed on the cover of every PDF report of the clients you manage, beside your consultancy’s name. A PNG or JPEG of at
        most {LOGO_MAX_BYTES / 1024} kB; a wide logo on a white or transparent background prints best.
      </p>
      {message ? (
        <Alert tone="danger" title="The logo was not saved" className="mt-4 max-w-2xl">
          {message}
        </Alert>
      ) : null}
      {logo ? (
        <div className="mt-4 flex flex-wrap items-center gap-6">
          {/* The logo is served by our own route, so next/image's optimiser has nothing to add. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img
            src={`${action}?v=${logo.updatedAt.getTime()}`}
            alt="Your current logo"
            width={logo.width}
            height={logo.height}
            className="h-auto max-h-12 w-auto max-w-48 rounded-control border border-border bg-surface p-1"
          />
          <form method="post" action={`${action}/delete`}>
            <Button type="submit" variant="secondary">
              Remove the logo
            </Button>
          </form>
        </div>
      ) : (
        <p className="mt-4 text-small text-ink">No logo yet: reports show your consultancy’s name only.</p>
      )}
      <form method="post" action={action} encType="multipart/form-data" className="mt-5 flex flex-wrap items-end gap-3">
        <div className="flex min-w-0 max-w-full flex-col gap-1">
          <label htmlFor="logo-file" className="text-small font-semibold text-ink">
            {logo ? "Replace it with" : "Logo file"}
          </label>
          <input id="logo-file" name="logo" type="file" accept="image/png,image/jpeg" required className="max-w-full text-small text-ink" />
        </div>
        <Button type="submit">Upload</Button>
      </form>
    </Card>
  );
}
