"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

/**
 * A link to copy: a read-only field (select it and copy by hand, even without JavaScript) and a
 * Copy button that puts it on the clipboard and says so.
 */
export function CopyLinkField({ id, label, value }: { id: string; label: string; value: string }) {
  const [copied, setCopied] = useState<"idle" | "copied" | "failed">("idle");
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="text-small font-semibold text-ink">
        {label}
      </label>
      <div className="flex flex-col gap-2 sm:flex-row">
        <input
          id={id}
          type="text"
          readOnly
          value={value}
          className="field min-w-0 flex-1 font-mono text-small"
          onFocus={(event) => event.currentTarget.select()}
        />
        <Button
          variant="secondary"
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(value);
              setCopied("copied");
            } catch {
              setCopied("failed");
            }
          }}
        >
          Copy link
        </Button>
      </div>
      <p role="status" className="min-h-5 text-small text-muted">
        {copied === "copied" ? "Copied to the clipboard." : copied === "failed" ? "Copying did not work here: select the link and copy it by hand." : ""}
      </p>
    </div>
  );
}
