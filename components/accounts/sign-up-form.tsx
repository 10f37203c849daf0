"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "./form-field";
import { landingPathFor } from "@/lib/auth/landing";
import { AccountTypeChoice, type AccountType } from "./account-type-choice";
import { postJson, safeNextPath, signInWithPassword, type FieldErrors } from "./auth-client";
import { showProblems } from "./show-problems";

type Option = { value: string; label: string };

export interface SignUpFormProps {
  industries: readonly Option[];
  sizeBands: readonly Option[];
  minPasswordLength: number;
  next?: string;
  /** A result to save to the new organisation once the account exists ("Create an account to save it"). */
  saveAssessmentId?: string;
}

/** Creates the account and its organisation (a company, or a consultant's practice), then signs in. Field errors come from the server's schema. */
export function SignUpForm({ industries, sizeBands, minPasswordLength, next, saveAssessmentId }: SignUpFormProps) {
  const router = useRouter();
  // A full refresh after navigating, so the server-rendered header shows the new session.
  const navigate = (path: string) => {
    router.push(path);
    router.refresh();
  };
  const [accountType, setAccountType] = useState<AccountType>("company");
  const [fields, setFields] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const isPractice = accountType === "practice";
  // A consultancy cannot own assessments; only a company account saves the result.
  const willSave = saveAssessmentId !== undefined && !isPractice;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const text = (key: string) => String(form.get(key) ?? "");
    const input = {
      email: text("email"),
      password: text("password"),
      organizationName: text("organizationName"),
      sizeBand: text("sizeBand"),
      // A consultancy is not scored against an industry: it takes "Other".
      industry: isPractice ? "other" : text("industry"),
      accountType,
    };
    setIsBusy(true);
    setError(null);
    const created = await postJson<{ email: string; home?: string }>("/api/account/sign-up", input);
    if (!created.ok) {
      showProblems(formElement, () => {
        setFields(created.fields);
        setError(Object.keys(created.fields).length > 0 ? "Please correct the fields marked below." : created.message);
        setIsBusy(false);
      });
      return;
    }
    setFields({});
    const signedIn = await signInWithPassword(input.email, input.password);
    if (!signedIn.ok) {
      navigate("/sign-in");
      return;
    }
    const destination = safeNextPath(next, created.data.home ?? landingPathFor(accountType));
    if (willSave) {
      // The same claim as the result page's "Save to …" button, under the same rules. Should it be
      // refused (saved elsewhere meanwhile), the result page shows what is possible.
      const saved = await postJson<{ resultUrl: string }>(`/api/assessments/${encodeURIComponent(saveAssessmentId)}/claim`, {});
      navigate(saved.ok ? safeNextPath(saved.data.resultUrl, destination) : destination);
      return;
    }
    navigate(destination);
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-8" noValidate>
      {error ? <Alert tone="danger">{error}</Alert> : null}
      {willSave ? <Alert tone="info">Your result will be saved to your new organisation as soon as your account is created.</Alert> : null}
      <AccountTypeChoice value={accountType} onChange={setAccountType} error={fields.accountType} />
      <fieldset className="flex flex-col gap-5">
        <legend className="mb-3 text-body font-semibold text-ink">You</legend>
        <TextField id="email" name="email" type="email" label="Work email" autoComplete="email" required error={fields.email} />
        <TextField
          id="password"
          name="password"
          type="password"
          label="Password"
          autoComplete="new-password"
          required
          minLength={minPasswordLength}
          hint={`At least ${minPasswordLength} characters. A long phrase is best; common passwords are refused.`}
          error={fields.password}
        />
      </fieldset>
      <fieldset className="flex flex-col gap-5">
        <legend className="mb-3 text-body font-semibold text-ink">{isPractice ? "Your consultancy" : "Your organisation"}</legend>
        <TextField
          id="organizationName"
          name="organizationName"
          label={isPractice ? "Consultancy name" : "Organisation name"}
          hint={isPractice ? "Your clients will see this name." : undefined}
          autoComplete="organization"
          required
          error={fields.organizationName}
        />
        {isPractice ? null : (
          <SelectField id="industry" name="industry" label="Industry" placeholder="Choose an industry" options={industries} required error={fields.industry} />
        )}
        <SelectField
          id="sizeBand"
          name="sizeBand"
          label={isPractice ? "Size of your consultancy" : "Size"}
          placeholder="Choose a size"
          options={sizeBands}
          required
          error={fields.sizeBand}
        />
      </fieldset>
      <Button type="submit" size="lg" disabled={isBusy}>
        {isBusy ? "Creating your account…" : "Create account"}
      </Button>
      <p className="text-small text-muted">
        Already have an account?{" "}
        <Link href={next ? `/sign-in?next=${encodeURIComponent(next)}` : "/sign-in"} className="font-semibold text-brand-ink underline">
          Sign in
        </Link>
      </p>
    </form>
  );
}
