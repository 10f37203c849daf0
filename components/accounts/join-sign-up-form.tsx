"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "./form-field";
import { postJson, signInWithPassword, type FieldErrors } from "./auth-client";
import { showProblems } from "./show-problems";

/** Creates an account that joins the inviting organisation (no organisation of its own), then signs in. */
export function JoinSignUpForm({ token, organizationName, minPasswordLength }: { token: string; organizationName: string; minPasswordLength: number }) {
  const router = useRouter();
  const navigate = (path: string) => {
    router.push(path);
    router.refresh();
  };
  const [fields, setFields] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const input = { email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") };
    setIsBusy(true);
    setError(null);
    const created = await postJson<{ workspaceUrl: string }>(`/api/join/${encodeURIComponent(token)}/sign-up`, input);
    if (!created.ok) {
      showProblems(formElement, () => {
        setFields(created.fields);
        setError(Object.keys(created.fields).length > 0 ? "Please correct the fields marked below." : created.message);
        setIsBusy(false);
      });
      // A link that stopped working meanwhile: the page explains it.
      if (created.status === 404 || created.status === 410) router.refresh();
      return;
    }
    const signedIn = await signInWithPassword(input.email, input.password);
    navigate(signedIn.ok ? created.data.workspaceUrl : "/sign-in?next=/workspace");
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-5" noValidate>
      {error ? <Alert tone="danger">{error}</Alert> : null}
      <TextField id="email" name="email" type="email" label="Work email" autoComplete="email" required error={fields.email} />
      <TextField
        id="password"
        name="password"
        type="password"
        label="Choose a password"
        autoComplete="new-password"
        required
        minLength={minPasswordLength}
        hint={`At least ${minPasswordLength} characters. A long phrase is best; common passwords are refused.`}
        error={fields.password}
      />
      <Button type="submit" size="lg" disabled={isBusy}>
        {/* Long organisation names wrap rather than overflow on a phone. */}
        <span className="text-center whitespace-normal">{isBusy ? "Creating your account…" : `Create account and join ${organizationName}`}</span>
      </Button>
    </form>
  );
}
