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
      <Container className="flex h-16 items-center justify-between gap-6">
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
        <div className="flex items-center gap-2">
          {account ? (
            <>
              {account.organizationKind === "practice" ? (
                <Link href="/clients" className="rounded-control px-3 py-2 text-small font-semibold text-ink hover:bg-sunken">
                  Clients
                </Link>
              ) : null}
              <Link href="/workspace" className="rounded-control px-3 py-2 text-small font-semibold text-ink hover:bg-sunken">
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
