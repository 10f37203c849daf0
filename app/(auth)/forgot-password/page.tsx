import type { Metadata } from "next";
import { ForgotPasswordForm } from "@/components/accounts/forgot-password-form";
import { Card } from "@/components/ui/card";
import { Heading, Lead } from "@/components/ui/heading";

export const metadata: Metadata = { title: "Reset your password" };

export default function ForgotPasswordPage() {
  return (
    <>
      <Heading level={1} size="headline">
        Reset your password
      </Heading>
      <Lead className="mt-3 mb-8">Enter your email and we will send you a link to choose a new password.</Lead>
      <Card padding="lg">
        <ForgotPasswordForm />
      </Card>
    </>
  );
}
