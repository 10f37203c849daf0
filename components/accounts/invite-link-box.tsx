"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

/** A freshly created invite link, shown once, with a copy button. */
export function InviteLinkBox({ url, emailedTo }: { url: string; emailedTo?: string | null }) {
  const [copyState, setCopyState] = useState<"idle" | "copied" | "failed">("idle");
  return (
    <div className="flex flex-col gap-2 rounded-control border border-brand/30 bg-brand-soft p-4">
      <label htmlFor="new-invite-link" className="text-small font-semibold text-ink">
        Invitation link
      </label>
      <p id="new-invite-link-hint" className="text-small text-ink">
        Copy it now: for your security it is shown only this once. It lets one person join, within 7 days.
        {emailedTo ? ` We have also emailed it to ${emailedTo}.` : null}
      </p>
      <div className="flex flex-col gap-2 sm:flex-row">
        <input
          id="new-invite-link"
          className="field min-w-0 flex-1 font-mono text-small"
          readOnly
          value={url}
          aria-describedby="new-invite-link-hint"
          onFocus={(event) => event.currentTarget.select()}
        />
        <Button
          variant="secondary"
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(url);
              setCopyState("copied");
            } catch {
              setCopyState("failed");
            }
          }}
        >
          Copy link
        </Button>
      </div>
      <p role="status" className="text-small text-muted">
        {copyState === "copied" ? "Copied to the clipboard." : copyState === "failed" ? "Copying did not work here: select the link and copy it yourself." : ""}
      </p>
    </div>
  );
}
