import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { getCurrentUser } from "@/lib/auth/session";
import type { Actor, Viewer } from "@/lib/auth/access";
import { loadViewer } from "@/lib/data/access";
import { browserKeyOf, wellFormedBrowserKey } from "@/lib/http/browser-key";
import { BROWSER_KEY_COOKIE } from "@/lib/http/paths";

/** The signed-in viewer with all their memberships, or null (memoised per server render). */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const user = await getCurrentUser();
  return user ? loadViewer(user.userId) : null;
});

/** For route handlers: who is calling (session and the browser's own key). */
export async function actorOf(request: { headers: Pick<Headers, "get"> }): Promise<Actor> {
  return { viewer: await getViewer(), browserKey: browserKeyOf(request) };
}

/** For server components: who is looking at the page. */
export async function pageActor(): Promise<Actor> {
  const browserKey = wellFormedBrowserKey((await cookies()).get(BROWSER_KEY_COOKIE)?.value);
  return { viewer: await getViewer(), browserKey };
}
