import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/accounts/sign-up-form";
import { Card } from "@/components/ui/card";
import { Heading, Lead } from "@/components/ui/heading";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rules";
import { landingPathFor } from "@/lib/auth/landing";
import { getCurrentUser } from "@/lib/auth/session";
import { assessmentIdSchema } from "@/lib/validation/assessment";
import { INDUSTRIES, SIZE_BANDS } from "@/lib/validation/auth";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage(props: { searchParams: Promise<{ next?: string; save?: string }> }) {
  const { next, save } = await props.searchParams;
  // "Create an account to save it" on a result page: the result to save once the account exists.
  // The claim itself is the usual one (POST /api/assessments/[id]/claim), with its own checks.
  const saveAssessment = assessmentIdSchema.safeParse(save);
  const user = await getCurrentUser();
  if (user) redirect(landingPathFor(user.organizationKind));
  return (
    <>
      <Heading level={1} size="headline">
        Create an account
      </Heading>
      <Lead className="mt-3 mb-8">
        Keep your results with your organisation and bring your team in, or set up your consultancy and run the diagnostics
        with your clients.
      </Lead>
      <Card padding="lg">
        <SignUpForm
          industries={INDUSTRIES}
          sizeBands={SIZE_BANDS}
          minPasswordLength={PASSWORD_MIN_LENGTH}
          next={next}
          saveAssessmentId={saveAssessment.success ? saveAssessment.data : undefined}
        />
      </Card>
    </>
  );
}
