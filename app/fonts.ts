import localFont from "next/font/local";

/**
 * Inter, self-hosted from @fontsource-variable/inter (next/font/google needs the network,
 * which builds here do not have). The "opsz" file carries both the weight and the
 * optical-size axes, so display headings get Inter's tighter display cut automatically.
 */
export const inter = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-opsz-normal.woff2",
  weight: "100 900",
  style: "normal",
  display: "swap",
  variable: "--font-inter",
  adjustFontFallback: "Arial",
});
