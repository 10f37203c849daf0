import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "@/components/accounts/reset-password-form";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { Heading } from "@/components/ui/heading";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rules";

export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

export default async function ResetPasswordPage(props: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await props.searchParams;
  return (
    <>
      <Heading level={1} size="headline" className="mb-8">
        Choose a new password
      </Heading>
      <Card padding="lg">
        {token ? (
          <ResetPasswordForm token={token} minPasswordLength={PASSWORD_MIN_LENGTH} />
        ) : (
          <Alert tone="warning">
            This link is incomplete. <Link href="/forgot-password">Ask for a new one</Link>.
          </Alert>
        )}
      </Card>
    </>
  );
}
