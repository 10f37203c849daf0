"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "./form-field";
import { InviteLinkBox } from "./invite-link-box";
import { postJson, type FieldErrors } from "./auth-client";

export interface CreateInviteFormProps {
  organizationId: string;
  /** A link created by the plain-form fallback (no JavaScript), handed over once by the server. */
  initialLink: string | null;
  /** A consultant inviting a client's people may also invite its first owner. */
  canInviteOwner?: boolean;
}

/**
 * "Create invite link": with JavaScript the link comes back from the API and lives only in this
 * component's state; without it, the form posts and the page shows the link once.
 */
export function CreateInviteForm({ organizationId, initialLink, canInviteOwner = false }: CreateInviteFormProps) {
  const router = useRouter();
  const [created, setCreated] = useState<{ url: string; emailedTo: string | null } | null>(
    initialLink ? { url: initialLink, emailedTo: null } : null,
  );
  const [fields, setFields] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const action = `/api/organizations/${encodeURIComponent(organizationId)}/member-invites`;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const data = new FormData(formElement);
    const email = String(data.get("email") ?? "");
    const role = data.get("role") === "owner" ? "owner" : "member";
    setIsBusy(true);
    setError(null);
    const result = await postJson<{ url: string; emailedTo: string | null }>(action, { email, role });
    setIsBusy(false);
    if (!result.ok) {
      setFields(result.fields);
      setError(result.fields.email ? null : result.message);
      return;
    }
    setFields({});
    setCreated({ url: result.data.url, emailedTo: result.data.emailedTo });
    formElement.reset();
    router.refresh();
  }

  return (
    <div className="flex flex-col gap-5">
      <form method="post" action={action} onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
        {error ? <Alert tone="danger">{error}</Alert> : null}
        <TextField
          id="invite-email"
          name="email"
          type="email"
          label="Their email (optional)"
          hint="We will email the link too. Leave it empty to share the link yourself."
          autoComplete="off"
          error={fields.email}
        />
        {canInviteOwner ? (
          <fieldset className="flex flex-col gap-2">
            <legend className="text-small font-semibold text-ink">They join as</legend>
            <label className="flex items-start gap-2 text-small">
              <input type="radio" name="role" value="owner" defaultChecked className="mt-1" />
              <span>
                <span className="font-semibold text-ink">Owner</span>: the client&apos;s lead, who can invite colleagues
                and decide who consults for them (including revoking your access)
              </span>
            </label>
            <label className="flex items-start gap-2 text-small">
              <input type="radio" name="role" value="member" className="mt-1" />
              <span>
                <span className="font-semibold text-ink">Member</span>: sees the organisation&apos;s results
              </span>
            </label>
          </fieldset>
        ) : null}
        <div>
          <Button type="submit" disabled={isBusy}>
            {isBusy ? "Creating…" : "Create invite link"}
          </Button>
        </div>
      </form>
      {created ? <InviteLinkBox url={created.url} emailedTo={created.emailedTo} /> : null}
    </div>
  );
}
