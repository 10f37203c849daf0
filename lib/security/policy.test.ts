import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, isCrossSiteWrite, newCspNonce, securityHeaders } from "./policy";

describe("contentSecurityPolicy", () => {
  it("allows scripts only with the nonce, and never inline or eval in production", () => {
    const csp = contentSecurityPolicy("abc123", { isDevelopment: false });
    const scriptSrc = csp.split("; ").find((d) => d.startsWith("script-src "));
    expect(scriptSrc).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("base-uri 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).not.toContain("unsafe-eval");
  });
  it("adds eval only for development", () => {
    expect(contentSecurityPolicy("n", { isDevelopment: true })).toContain("'unsafe-eval'");
  });
});

describe("securityHeaders", () => {
  it("sends HSTS in production only", () => {
    expect(securityHeaders({ isProduction: true })["Strict-Transport-Security"]).toMatch(/max-age=\d+/);
    expect(securityHeaders({ isProduction: false })["Strict-Transport-Security"]).toBeUndefined();
    expect(securityHeaders({ isProduction: false })["X-Content-Type-Options"]).toBe("nosniff");
  });
});

describe("isCrossSiteWrite", () => {
  const own = "http://127.0.0.1:3100";
  const ownHosts = ["127.0.0.1:3100"];
  it("lets reads through whatever their origin", () => {
    expect(isCrossSiteWrite({ method: "GET", origin: "https://evil.example", secFetchSite: "cross-site", ownHosts })).toBe(false);
  });
  it("refuses a write from a foreign or opaque origin", () => {
    expect(isCrossSiteWrite({ method: "POST", origin: "https://evil.example", secFetchSite: null, ownHosts })).toBe(true);
    expect(isCrossSiteWrite({ method: "PUT", origin: "null", secFetchSite: null, ownHosts })).toBe(true);
    expect(isCrossSiteWrite({ method: "POST", origin: "http://127.0.0.1:3101", secFetchSite: null, ownHosts })).toBe(true);
  });
  it("accepts a write from our own origin, also when a TLS proxy forwards it", () => {
    expect(isCrossSiteWrite({ method: "POST", origin: own, secFetchSite: "same-origin", ownHosts })).toBe(false);
    expect(isCrossSiteWrite({ method: "POST", origin: "https://convergence.example", secFetchSite: null, ownHosts: ["10.0.0.5:3000", "convergence.example"] })).toBe(false);
  });
  it("falls back on Sec-Fetch-Site without Origin, and lets non-browser clients through", () => {
    expect(isCrossSiteWrite({ method: "DELETE", origin: null, secFetchSite: "cross-site", ownHosts })).toBe(true);
    expect(isCrossSiteWrite({ method: "DELETE", origin: null, secFetchSite: "same-site", ownHosts })).toBe(true);
    expect(isCrossSiteWrite({ method: "POST", origin: null, secFetchSite: null, ownHosts })).toBe(false);
  });
});

describe("newCspNonce", () => {
  it("gives 16 random bytes each time, never the same twice, across refills of its pool", () => {
    const nonces = Array.from({ length: 1_000 }, () => newCspNonce());
    expect(new Set(nonces).size).toBe(nonces.length);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
    // Not a counter or a pattern: the bytes of a thousand nonces are spread over every value.
    const bytes = Buffer.concat(nonces.map((nonce) => Buffer.from(nonce, "base64")));
    expect(new Set(bytes).size).toBe(256);
  });
});
