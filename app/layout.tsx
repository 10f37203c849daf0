import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import { SkipLink } from "@/components/site/skip-link";
import { getCurrentUser } from "@/lib/auth/session";
import { inter } from "./fonts";
import "./globals.css";

export const metadata: Metadata = {
  title: {
    default: "Convergence — the maturity diagnostic for marketing leaders",
    template: "%s · Convergence",
  },
  description:
    "A five-minute self-assessment for CMOs: your maturity level across data, platforms, process, KPIs and people, your biggest disconnect, what AI will do at your level, and a 90-day plan.",
  applicationName: "Convergence",
};

export const viewport: Viewport = {
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f7f6f2" },
    { media: "(prefers-color-scheme: dark)", color: "#0e1114" },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  return (
    <html lang="en" className={inter.variable}>
      <body className="flex min-h-dvh flex-col bg-canvas text-body text-ink">
        <SkipLink targetId="main" />
        <SiteHeader account={user ? { organizationName: user.organizationName, organizationKind: user.organizationKind } : null} />
        <main id="main" className="flex-1">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
