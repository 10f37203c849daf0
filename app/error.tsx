"use client";

// Shown when rendering a page fails on the server or in the browser. The server logs the failure
// with the same digest, so the reference shown here finds it; nothing else of the error is shown.
import { Button, ButtonLink } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { Eyebrow, Heading, Lead } from "@/components/ui/heading";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <Container size="narrow" className="py-24 sm:py-32">
      <Eyebrow>Something went wrong</Eyebrow>
      <Heading level={1} size="headline" className="mt-4">
        This page could not be shown.
      </Heading>
      <Lead className="mt-5 max-w-xl">
        The problem is on our side, and your saved answers are not affected. Try again; if it keeps happening, send us
        the reference below.
      </Lead>
      {error.digest ? (
        <p className="mt-6 text-small text-muted">
          Reference: <code className="font-mono text-ink">{error.digest}</code>
        </p>
      ) : null}
      <div className="mt-10 flex flex-wrap gap-3">
        <Button size="lg" onClick={reset}>
          Try again
        </Button>
        <ButtonLink href="/" size="lg" variant="secondary">
          Back to the home page
        </ButtonLink>
      </div>
    </Container>
  );
}
