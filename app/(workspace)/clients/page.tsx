import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { ClientTable, describeSort } from "@/components/consultants/client-table";
import { Pagination } from "@/components/consultants/pagination";
import { ButtonLink, buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { Eyebrow, Heading, Lead } from "@/components/ui/heading";
import { practiceOf } from "@/lib/auth/access";
import { getCurrentUser } from "@/lib/auth/session";
import { loadViewer } from "@/lib/data/access";
import { listClients } from "@/lib/data/consultants";
import { clientListQuerySchema } from "@/lib/validation/consultants";

export const metadata: Metadata = { title: "Clients", robots: { index: false } };

export default async function ClientsPage(props: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?next=/clients");
  // The signed-in user is already known: load their memberships directly (getViewer would look the user up again).
  const viewer = await loadViewer(user.userId);
  // Only consultants have a client list; to anyone else the page does not exist.
  if (!practiceOf(viewer)) notFound();

  const query = clientListQuerySchema.parse(await props.searchParams);
  const clients = await listClients(viewer, query);
  const sortedBy = describeSort(query.sort, query.direction);

  return (
    <Container className="py-10 sm:py-14">
      <div className="flex flex-wrap items-end justify-between gap-6">
        <div>
          <Eyebrow>Consultant workspace · {user.organizationName}</Eyebrow>
          <Heading level={1} size="headline" className="mt-2">
            Clients
          </Heading>
          <Lead className="mt-3 max-w-2xl">Where every client stands on both models, how they moved since their last assessment, and who has been active.</Lead>
        </div>
        <div className="flex flex-wrap gap-3">
          {clients.total > 0 ? (
            // A plain link: the browser downloads the file (Content-Disposition: attachment).
            <a href="/api/clients/export" download className={buttonClasses({ variant: "secondary" })}>
              <svg viewBox="0 0 20 20" aria-hidden="true" className="size-4" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round">
                <path d="M10 3v10m0 0-4-4m4 4 4-4M4 16h12" />
              </svg>
              Export CSV
            </a>
          ) : null}
          <ButtonLink href="/clients/new">Add a client</ButtonLink>
        </div>
      </div>

      {clients.total === 0 ? (
        <Card tone="sunken" padding="lg" className="mt-10">
          <Heading level={2} size="title">
            No clients yet
          </Heading>
          <p className="mt-2 max-w-2xl text-muted">
            Add the organisations you advise. You can then invite their people to take the Convergence diagnostic and the
            Generative AI maturity assessment, and their levels appear here as soon as the first respondent finishes.
          </p>
          <ButtonLink href="/clients/new" className="mt-6">
            Add your first client
          </ButtonLink>
        </Card>
      ) : (
        <>
          <Card padding="none" className="mt-10 overflow-hidden">
            <ClientTable
              rows={clients.rows}
              sort={query.sort}
              direction={query.direction}
              caption={`Your clients, sorted by ${sortedBy}. Page ${clients.page} of ${clients.pageCount}.`}
            />
          </Card>
          <div className="mt-5">
            <Pagination
              page={clients.page}
              pageCount={clients.pageCount}
              total={clients.total}
              pageSize={clients.pageSize}
              sort={query.sort}
              direction={query.direction}
            />
          </div>
          <dl className="mt-8 grid max-w-4xl gap-3 text-small text-muted sm:grid-cols-3">
            <div>
              <dt className="font-semibold text-ink">Levels</dt>
              <dd>The combined result of the client&rsquo;s latest assessment that at least one person has finished.</dd>
            </div>
            <div>
              <dt className="font-semibold text-ink">Change</dt>
              <dd>Against the assessment of the same model before it: levels, and points out of 100 for Convergence.</dd>
            </div>
            <div>
              <dt className="font-semibold text-ink">Respondents</dt>
              <dd>People who finished the latest Convergence and GenAI assessments, added together.</dd>
            </div>
          </dl>
        </>
      )}
    </Container>
  );
}
