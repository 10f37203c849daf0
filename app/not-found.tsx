import type { Metadata } from "next";
import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { Eyebrow, Heading, Lead } from "@/components/ui/heading";

export const metadata: Metadata = {
  title: "Page not found",
};

export default function NotFound() {
  return (
    <Container size="narrow" className="py-24 sm:py-32">
      <Eyebrow>Error 404</Eyebrow>
      <Heading level={1} size="headline" className="mt-4">
        This page is not here.
      </Heading>
      <Lead className="mt-5 max-w-xl">
        The link may be out of date, or the address may have a typo. Nothing you saved is affected.
      </Lead>
      {/* Shown on every 404, so it tells nobody whether a given result exists. */}
      <p className="mt-4 max-w-xl text-muted">
        A result saved to an organisation opens only for its people and its consultant:{" "}
        <Link href="/sign-in" className="font-semibold text-brand-ink underline">
          sign in
        </Link>{" "}
        with an account of that organisation, then open the link again.
      </p>
      <div className="mt-10 flex flex-wrap gap-3">
        <ButtonLink href="/" size="lg">
          Back to the home page
        </ButtonLink>
        <ButtonLink href="/#levels" size="lg" variant="secondary">
          See the five levels
        </ButtonLink>
      </div>
    </Container>
  );
}
