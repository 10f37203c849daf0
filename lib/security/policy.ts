/*
 * Security policy of every response, as pure functions (proxy.ts applies them; tests call them).
 * No framework imports: the inputs are strings and the outputs are header values or decisions.
 */

/** The Content-Security-Policy for one response: scripts only with this request's nonce. */
export function contentSecurityPolicy(nonce: string, options: { isDevelopment: boolean }): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    // 'strict-dynamic' lets the nonced bootstrap load Next's chunks; no 'unsafe-inline' for scripts.
    // React's development build needs eval for its debugging aids, never in production.
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(options.isDevelopment ? ["'unsafe-eval'"] : [])],
    // Charts and next/font set style attributes; styles cannot run code.
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

/** Headers every response carries besides the CSP. */
export function securityHeaders(options: { isProduction: boolean }): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    // Assessment URLs are bearer tokens: never send them, or any part of them, to another site.
    // ("no-referrer" would also make browsers send `Origin: null` on our own form posts.)
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    // Browsers ignore HSTS over plain HTTP, so sending it in production is safe behind TLS or not.
    ...(options.isProduction ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Whether a request that may change data comes from our own pages. Browsers send Origin with
 * every POST/PUT/DELETE; a foreign origin, or the opaque "null" (sandboxed frames, some
 * redirects), is refused. Without Origin, Sec-Fetch-Site decides when present; a request with
 * neither is not from a browser, so it cannot carry a victim's cookies by accident.
 */
export function isCrossSiteWrite(input: {
  method: string;
  origin: string | null;
  secFetchSite: string | null;
  /** The hosts this request was addressed to: Host, and X-Forwarded-Host behind a proxy. */
  ownHosts: readonly string[];
}): boolean {
  if (SAFE_METHODS.has(input.method.toUpperCase())) return false;
  if (input.origin !== null) {
    // The scheme may differ behind a TLS-terminating proxy; the host (with port) may not.
    let host: string;
    try {
      host = new URL(input.origin).host;
    } catch {
      return true; // "null" and anything else that is not an origin
    }
    return !input.ownHosts.includes(host);
  }
  if (input.secFetchSite !== null) return input.secFetchSite !== "same-origin" && input.secFetchSite !== "none";
  return false;
}

const NONCE_BYTES = 16;
/** Random bytes for 256 nonces, drawn at once: one call for the system's randomness per 256 responses, not one each. */
const noncePool = Buffer.alloc(NONCE_BYTES * 256);
let noncePoolOffset = noncePool.length;

/** A fresh CSP nonce: 16 random bytes (128 bits, as CSP asks), base64; never the same bytes twice. */
export function newCspNonce(): string {
  if (noncePoolOffset === noncePool.length) {
    globalThis.crypto.getRandomValues(noncePool);
    noncePoolOffset = 0;
  }
  const nonce = noncePool.toString("base64", noncePoolOffset, noncePoolOffset + NONCE_BYTES);
  noncePoolOffset += NONCE_BYTES;
  return nonce;
}

/** Every security header of one response: the CSP with this request's nonce, and the rest. */
export function responseSecurityHeaders(nonce: string, options: { isProduction: boolean }): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(nonce, { isDevelopment: !options.isProduction }),
    ...securityHeaders(options),
  };
}

/** The 403 body of a write refused by isCrossSiteWrite, in the API's error shape. */
export const CROSS_SITE_REFUSAL = {
  error: { code: "cross_site_request", message: "This request came from another site and was refused" },
} as const;
