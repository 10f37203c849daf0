import "server-only";
import { headers } from "next/headers";

/** The absolute URL of a path on this site, as the browser reached it (for links people copy). */
export async function absoluteUrlOf(path: string): Promise<string> {
  const requestHeaders = await headers();
  const host = requestHeaders.get("host");
  const protocol = requestHeaders.get("x-forwarded-proto") === "https" ? "https" : "http";
  return host ? `${protocol}://${host}${path}` : path;
}
