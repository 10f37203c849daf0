"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { postJson } from "./auth-client";

/** "Save to my organisation": claims the assessment, then opens the workspace. */
export function ClaimAssessmentButton({ assessmentId, organizationName }: { assessmentId: string; organizationName: string }) {
  const router = useRouter();
  // A full refresh after navigating, so the server-rendered header shows the new session.
  const navigate = (path: string) => {
    router.push(path);
    router.refresh();
  };
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  return (
    <div className="flex flex-col gap-3">
      {error ? <Alert tone="danger">{error}</Alert> : null}
      <div>
        <Button
          disabled={isBusy}
          onClick={async () => {
            setIsBusy(true);
            setError(null);
            const result = await postJson<{ workspaceUrl: string }>(`/api/assessments/${assessmentId}/claim`, {});
            if (result.ok) navigate(result.data.workspaceUrl);
            else {
              setError(result.message);
              setIsBusy(false);
            }
          }}
        >
          {isBusy ? "Saving…" : `Save to ${organizationName}`}
        </Button>
      </div>
    </div>
  );
}
