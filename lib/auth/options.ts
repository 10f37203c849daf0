import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { configureNextAuthEnvironment } from "@/lib/env";
import { landingPathFor } from "@/lib/auth/landing";
import { getAuthSecret } from "@/lib/auth/secret";
import { recordAuditEvent } from "@/lib/data/audit";
import { emailKeyOf } from "@/lib/data/rate-limit";
import { findSessionUser, revokeSessions, verifyCredentials } from "@/lib/data/users";
import { clientAddressOf } from "@/lib/http/client-address";
import { signInSchema } from "@/lib/validation/auth";

configureNextAuthEnvironment();

/** What our JWT carries besides next-auth's defaults. */
interface SessionClaims {
  uid?: string;
  /** The user's sessionVersion when the token was issued; a bump revokes the token. */
  sv?: number;
  /** The signed-in user's start page (lib/auth/landing.ts), refreshed with every session check. */
  home?: string;
}

/** The client address of next-auth's request (its headers arrive as a plain object). */
function addressOf(headers: Record<string, unknown> | undefined): string | null {
  if (!headers) return null;
  const entries = Object.entries(headers).filter((e): e is [string, string] => typeof e[1] === "string");
  return clientAddressOf(new Headers(entries));
}

/** next-auth 4 options: email + password (Credentials), JWT sessions revocable through User.sessionVersion. */
export function getAuthOptions(): NextAuthOptions {
  return {
    secret: getAuthSecret(),
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, request) {
          const parsed = signInSchema.safeParse(credentials ?? {});
          if (!parsed.success) return null;
          const user = await verifyCredentials(parsed.data.email, parsed.data.password);
          // Audited without the password or the email itself: a failure keeps the email's digest only.
          await recordAuditEvent({
            action: "sign_in",
            outcome: user ? "success" : "failure",
            actorUserId: user?.userId ?? null,
            ip: addressOf(request?.headers),
            detail: user ? null : { emailKey: emailKeyOf(parsed.data.email) },
          });
          return user ? { id: user.userId, sessionVersion: user.sessionVersion } : null;
        },
      }),
    ],
    callbacks: {
      // next-auth's default throws on a callbackUrl that is not a URL ("\u0000", "a b"), a 500;
      // the same rule without the throw: this site's pages only, anything else goes home.
      async redirect({ url, baseUrl }) {
        if (url.startsWith("/")) return `${baseUrl}${url}`;
        return URL.canParse(url) && new URL(url).origin === baseUrl ? url : baseUrl;
      },
      async jwt({ token, user }) {
        const claims = token as typeof token & SessionClaims;
        if (user) {
          claims.uid = user.id;
          claims.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
          return claims;
        }
        // A revoked (stale) token loses its identity: the session it yields is signed out.
        const found = claims.uid && claims.sv !== undefined ? await findSessionUser(claims.uid, claims.sv) : null;
        if (!found) return { ...token, uid: undefined, sv: undefined, home: undefined };
        claims.home = landingPathFor(found.organizationKind);
        return claims;
      },
      async session({ session, token }) {
        const claims = token as typeof token & SessionClaims;
        return {
          ...session,
          user: claims.uid ? { id: claims.uid } : undefined,
          sessionVersion: claims.sv,
          // Where the sign-in form goes when no page was asked for: consultants to their clients.
          home: claims.uid ? (claims.home ?? "/workspace") : undefined,
        } as typeof session;
      },
    },
    events: {
      async signOut({ token }) {
        const uid = (token as SessionClaims | null)?.uid;
        if (uid) {
          await revokeSessions(uid);
          await recordAuditEvent({ action: "sign_out", outcome: "success", actorUserId: uid });
        }
      },
    },
  };
}
