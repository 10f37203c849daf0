import Link from "next/link";
import { SignOutButton } from "@/components/accounts/sign-out-button";
import { buttonClasses } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { Wordmark } from "./logo";

const NAV_LINKS = [
  { href: "/#pillars", label: "What it measures" },
  { href: "/#levels", label: "The five levels" },
  { href: "/#what-you-get", label: "What you get" },
] as const;

export interface SiteHeaderProps {
  /** The signed-in user's organisation, or null when signed out. */
  account: { organizationName: string | null; organizationKind?: "company" | "practice" | null } | null;
}

export function SiteHeader({ account }: SiteHeaderProps) {
  return (
    <header className="border-b border-border">
      {/* On a phone the account's links wrap onto a second row rather than push the page wider. */}
      <Container className="flex min-h-16 flex-wrap items-center justify-between gap-x-6 gap-y-1 py-2 md:flex-nowrap md:py-0">
        <Link href="/" className="-m-1 rounded-control p-1" aria-label="Convergence, home">
          <Wordmark />
        </Link>
        <nav aria-label="Main" className="hidden md:block">
          <ul className="flex items-center gap-1">
            {NAV_LINKS.map((link) => (
              <li key={link.href}>
                <Link
                  href={link.href}
                  className="rounded-control px-3 py-2 text-small font-medium text-muted transition-colors hover:bg-sunken hover:text-ink"
                >
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="flex min-w-0 max-w-full items-center gap-1 sm:gap-2">
          {account ? (
            <>
              {account.organizationKind === "practice" ? (
                <Link href="/clients" className="shrink-0 rounded-control px-3 py-2 text-small font-semibold text-ink hover:bg-sunken">
                  Clients
                </Link>
              ) : null}
              {/* A long name is cut short with an ellipsis; the link's text (its accessible name) and title stay whole. */}
              <Link
                href="/workspace"
                title={account.organizationName ?? undefined}
                className="min-w-0 truncate whitespace-nowrap rounded-control px-3 py-2 text-small font-semibold text-ink hover:bg-sunken md:max-w-64"
              >
                {account.organizationName ?? "Workspace"}
              </Link>
              <SignOutButton />
            </>
          ) : (
            <Link href="/sign-in" className={buttonClasses({ variant: "secondary" })}>
              Sign in
            </Link>
          )}
        </div>
      </Container>
    </header>
  );
}
