"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "./form-field";
import { pathAfterSignIn, signInWithPassword, type FieldErrors } from "./auth-client";
import { showProblems } from "./show-problems";

/** Email + password sign-in; goes to `next` (a same-site path) or the account's start page (consultants: /clients). */
export function SignInForm({ next, notice }: { next?: string; notice?: string }) {
  const router = useRouter();
  // A full refresh after navigating, so the server-rendered header shows the new session.
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
    setIsBusy(true);
    setError(null);
    const result = await signInWithPassword(String(form.get("email") ?? ""), String(form.get("password") ?? ""));
    if (result.ok) {
      navigate(await pathAfterSignIn(next));
      return;
    }
    // An empty or malformed field is marked beside it; a wrong email or password stays one generic message.
    showProblems(formElement, () => {
      setFields(result.fields);
      setError(Object.keys(result.fields).length > 0 ? "Please correct the fields marked below." : result.message);
      setIsBusy(false);
    });
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-5" noValidate>
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {error ? <Alert tone="danger">{error}</Alert> : null}
      <TextField id="email" name="email" type="email" label="Email" autoComplete="email" required error={fields.email} />
      <TextField id="password" name="password" type="password" label="Password" autoComplete="current-password" required error={fields.password} />
      <Button type="submit" size="lg" disabled={isBusy}>
        {isBusy ? "Signing in…" : "Sign in"}
      </Button>
      <p className="text-small text-muted">
        <Link href="/forgot-password" className="font-semibold text-brand-ink underline">
          Forgot your password?
        </Link>{" "}
        · No account yet?{" "}
        <Link href="/sign-up" className="font-semibold text-brand-ink underline">
          Create one
        </Link>
      </p>
    </form>
  );
}
