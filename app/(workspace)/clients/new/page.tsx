import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { SelectField, TextField } from "@/components/accounts/form-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { Eyebrow, Heading, Lead } from "@/components/ui/heading";
import { practiceOf } from "@/lib/auth/access";
import { getCurrentUser } from "@/lib/auth/session";
import { loadViewer } from "@/lib/data/access";
import { INDUSTRIES, SIZE_BANDS } from "@/lib/validation/auth";
import { CLIENT_NAME_MAX_LENGTH, createClientSchema } from "@/lib/validation/consultants";

export const metadata: Metadata = { title: "Add a client", robots: { index: false } };

type SearchParams = Record<string, string | string[] | undefined>;

const text = (value: string | string[] | undefined) => (typeof value === "string" ? value : "");

/**
 * After a refused submission (POST /api/clients sends the form back with ?invalid=1 and what was
 * typed), the same schema as the server's says what to fix, field by field.
 */
function refusalOf(params: SearchParams) {
  if (params.invalid !== "1") return null;
  const values = { name: text(params.name), industry: text(params.industry), sizeBand: text(params.sizeBand) };
  const parsed = createClientSchema.safeParse(values);
  const fields: Record<string, string> = {};
  for (const issue of parsed.error?.issues ?? []) {
    const key = String(issue.path[0] ?? "_");
    fields[key] ??= issue.message;
  }
  return { values, fields };
}

export default async function NewClientPage(props: { searchParams: Promise<SearchParams> }) {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?next=/clients/new");
  if (!practiceOf(await loadViewer(user.userId))) notFound();
  const refusal = refusalOf(await props.searchParams);

  return (
    <Container size="prose" className="py-10 sm:py-14">
      <Link href="/clients" className="text-small font-semibold text-brand-ink underline-offset-2 hover:underline">
        <span aria-hidden="true">← </span>All clients
      </Link>
      <Eyebrow className="mt-6">Consultant workspace</Eyebrow>
      <Heading level={1} size="headline" className="mt-2">
        Add a client
      </Heading>
      <Lead className="mt-3">
        The organisation you advise. Once it is added you can invite its people to answer either model, and follow its levels
        from your dashboard.
      </Lead>

      <Card padding="lg" className="mt-8">
        {/* A plain form: it works without JavaScript, and the server answers with the new client's page. */}
        <form method="post" action="/api/clients" className="flex flex-col gap-5">
          {refusal ? <Alert tone="danger">The client was not added. Please correct the fields marked below.</Alert> : null}
          <TextField
            id="name"
            name="name"
            label="Client name"
            autoComplete="off"
            required
            maxLength={CLIENT_NAME_MAX_LENGTH}
            defaultValue={refusal?.values.name}
            error={refusal?.fields.name}
          />
          <SelectField
            id="industry"
            name="industry"
            label="Industry"
            placeholder="Choose an industry"
            options={INDUSTRIES}
            required
            defaultValue={refusal?.values.industry ?? ""}
            error={refusal?.fields.industry}
          />
          <SelectField
            id="sizeBand"
            name="sizeBand"
            label="Size"
            placeholder="Choose a size"
            options={SIZE_BANDS}
            required
            defaultValue={refusal?.values.sizeBand ?? ""}
            error={refusal?.fields.sizeBand}
          />
          <p className="text-small text-muted">
            Once the client&rsquo;s own people join, its owner can end your access at any time from their workspace.
          </p>
          <div className="flex flex-wrap items-center gap-3">
            <Button type="submit" size="lg">
              Add client
            </Button>
            <Link href="/clients" className="rounded-control px-3 py-2 text-small font-semibold text-ink hover:bg-sunken">
              Cancel
            </Link>
          </div>
        </form>
      </Card>
    </Container>
  );
}
