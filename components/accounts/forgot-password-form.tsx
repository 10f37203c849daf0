"use client";

import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "./form-field";
import { postJson, type FieldErrors } from "./auth-client";
import { showProblems } from "./show-problems";

/** Asks for a reset link; the answer is the same whether or not the email has an account. */
export function ForgotPasswordForm() {
  const [fields, setFields] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const email = String(new FormData(formElement).get("email") ?? "");
    setIsBusy(true);
    setError(null);
    const result = await postJson<{ message: string }>("/api/account/forgot-password", { email });
    if (result.ok) {
      setIsBusy(false);
      setFields({});
      setMessage(result.data.message);
    } else {
      showProblems(formElement, () => {
        setIsBusy(false);
        setFields(result.fields);
        setError(result.fields.email ? null : result.message);
      });
    }
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-5" noValidate>
      {message ? <Alert tone="success">{message}</Alert> : null}
      {error ? <Alert tone="danger">{error}</Alert> : null}
      <TextField id="email" name="email" type="email" label="Email" autoComplete="email" required error={fields.email} />
      <Button type="submit" size="lg" disabled={isBusy}>
        {isBusy ? "Sending…" : "Email me a reset link"}
      </Button>
    </form>
  );
}
