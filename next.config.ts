import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // NEXT_DIST_DIR lets two builds share a checkout (two test runs on one machine); `.next` otherwise.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // Native and engine-free database packages stay outside the server bundle, and so does the
  // PDF renderer: @react-pdf/renderer is ESM with a wasm layout engine and loads as is from node_modules.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@react-pdf/renderer"],
  // Pages and handlers get their security headers (and a CSP nonce) from proxy.ts; the build's
  // static files do not pass through it, so they get the ones that apply to them here.
  async headers() {
    return [
      {
        source: "/_next/static/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default nextConfig;
