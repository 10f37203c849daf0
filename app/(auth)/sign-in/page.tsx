import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/accounts/sign-in-form";
import { Card } from "@/components/ui/card";
import { Heading, Lead } from "@/components/ui/heading";
import { landingPathFor } from "@/lib/auth/landing";
import { getCurrentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage(props: { searchParams: Promise<{ next?: string; reset?: string }> }) {
  const { next, reset } = await props.searchParams;
  const user = await getCurrentUser();
  if (user) redirect(landingPathFor(user.organizationKind));
  return (
    <>
      <Heading level={1} size="headline">
        Sign in
      </Heading>
      <Lead className="mt-3 mb-8">Your organisation&apos;s saved assessments are in your workspace.</Lead>
      <Card padding="lg">
        <SignInForm next={next} notice={reset ? "Your password is changed. Sign in with the new one." : undefined} />
      </Card>
    </>
  );
}
