"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { signOut } from "./auth-client";

/** Signs out (revoking every copy of the session token) and goes home. */
export function SignOutButton() {
  const router = useRouter();
  // A full refresh after navigating, so the server-rendered header shows the new session.
  const navigate = (path: string) => {
    router.push(path);
    router.refresh();
  };
  const [isBusy, setIsBusy] = useState(false);
  return (
    <Button
      variant="ghost"
      className="shrink-0"
      disabled={isBusy}
      onClick={async () => {
        setIsBusy(true);
        await signOut().catch(() => undefined);
        navigate("/");
      }}
    >
      Sign out
    </Button>
  );
}
