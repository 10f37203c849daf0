"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "./form-field";
import { postJson, type FieldErrors } from "./auth-client";
import { showProblems } from "./show-problems";

/** Sets a new password with the token from the emailed link, then sends the user to sign in. */
export function ResetPasswordForm({ token, minPasswordLength }: { token: string; minPasswordLength: number }) {
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
    const password = String(new FormData(formElement).get("password") ?? "");
    setIsBusy(true);
    setError(null);
    const result = await postJson<{ ok: true }>("/api/account/reset-password", { token, password });
    if (result.ok) {
      navigate("/sign-in?reset=1");
      return;
    }
    showProblems(formElement, () => {
      setIsBusy(false);
      setFields(result.fields);
      // A broken link is said even when the password is refused too: both are reported at once.
      setError(result.fields.token ?? (result.fields.password ? null : result.message));
    });
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-5" noValidate>
      {error ? <Alert tone="danger">{error}</Alert> : null}
      <TextField
        id="password"
        name="password"
        type="password"
        label="New password"
        autoComplete="new-password"
        required
        minLength={minPasswordLength}
        hint={`At least ${minPasswordLength} characters. A long phrase is best; common passwords are refused.`}
        error={fields.password}
      />
      <Button type="submit" size="lg" disabled={isBusy}>
        {isBusy ? "Saving…" : "Set the new password"}
      </Button>
    </form>
  );
}
