/**
 * The report's typeface: Inter, embedded from the @fontsource/inter package so rendering needs
 * no network. react-pdf (fontkit) reads TTF and WOFF but not WOFF2, hence the .woff files, which
 * are unwrapped to plain TrueType in memory once (lib/pdf/woff.ts explains why) and handed to
 * react-pdf as data URLs.
 *
 * Fontsource splits Inter by script. "Inter" is the latin subset (all our own content); the
 * latin-ext subset is registered as a second family and listed after it in every font stack,
 * so a respondent's "Łukasz" or "Dvořák" still prints. Anything outside both is replaced before
 * rendering (lib/report/printable-text.ts), with the character set computed here from the files.
 *
 * Server-only by nature (it reads node_modules from disk); it carries no "server-only" marker so
 * that the tests and the preview script, which run outside Next, can use it too.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Font } from "@react-pdf/renderer";
import { woffToSfnt } from "./woff";

export const FONT_FAMILY = "Inter";
const FALLBACK_FAMILY = "Inter Latin Extended";

/** The stack every style uses: latin first, latin-ext for the letters latin lacks. */
export const FONT_STACK: string[] = [FONT_FAMILY, FALLBACK_FAMILY];

/** The faces the document uses (no italics); a style asking for another weight gets the nearest of these. */
export const FONT_FACES = [
  { fontWeight: 400, fontStyle: "normal" },
  { fontWeight: 600, fontStyle: "normal" },
  { fontWeight: 700, fontStyle: "normal" },
] as const;

const SUBSETS = { [FONT_FAMILY]: "latin", [FALLBACK_FAMILY]: "latin-ext" } as const;

/** Where @fontsource/inter keeps its files; `npm start`, the tests and the scripts run from the project root. */
export function fontDirectory(): string {
  return join(process.cwd(), "node_modules", "@fontsource", "inter", "files");
}

/** The path of one face's WOFF file. */
export function fontFile(subset: "latin" | "latin-ext", fontWeight: number, fontStyle: "normal" | "italic"): string {
  return join(fontDirectory(), `inter-${subset}-${fontWeight}-${fontStyle}.woff`);
}

export interface FontFamilySource {
  family: string;
  fonts: { src: string; fontWeight: number; fontStyle: "normal" | "italic" }[];
}

let families: FontFamilySource[] | undefined;

/**
 * Both families with every face as a TrueType data URL, read and unwrapped once per process:
 * what react-pdf's Font.register takes, here and in the render worker. Throws if a file is missing.
 */
export function reportFontFamilies(): FontFamilySource[] {
  families ??= Object.entries(SUBSETS).map(([family, subset]) => ({
    family,
    fonts: FONT_FACES.map(({ fontWeight, fontStyle }) => {
      const file = fontFile(subset, fontWeight, fontStyle);
      if (!existsSync(file)) throw new Error(`Report font missing: ${file} (is @fontsource/inter installed?)`);
      return { src: `data:font/ttf;base64,${woffToSfnt(readFileSync(file)).toString("base64")}`, fontWeight, fontStyle };
    }),
  }));
  return families;
}

/** Most distinct strings the render worker keeps shaped per font; past this its cache starts over. */
export const SHAPING_CACHE_LIMIT = 20_000;

let isRegistered = false;

/** Registers Inter with this thread's react-pdf once (for its character set); the worker registers its own. */
export function registerReportFonts(): void {
  if (isRegistered) return;
  for (const family of reportFontFamilies()) Font.register(family);
  isRegistered = true;
}

let supported: Promise<ReadonlySet<number>> | undefined;

/**
 * The code points every face of the stack can draw (latin or latin-ext, in each weight and
 * style used): a character outside this set would print as a blank box in some style.
 */
export function loadSupportedCodePoints(): Promise<ReadonlySet<number>> {
  supported ??= (async () => {
    registerReportFonts();
    const faces: Set<number>[] = [];
    for (const face of FONT_FACES) {
      const inFace = new Set<number>();
      for (const family of FONT_STACK) {
        const descriptor = { fontFamily: family, ...face };
        await Font.load(descriptor);
        const characterSet: unknown = Font.getFont(descriptor).data?.characterSet;
        if (!Array.isArray(characterSet)) throw new Error(`No character set for ${family} ${face.fontWeight}`);
        for (const codePoint of characterSet) if (typeof codePoint === "number") inFace.add(codePoint);
      }
      faces.push(inFace);
    }
    const [first = new Set<number>(), ...others] = faces;
    const common = new Set([...first].filter((c) => others.every((face) => face.has(c))));
    // Fonts list U+0000 and U+FFFF as format artefacts; neither is printable text.
    common.delete(0);
    common.delete(0xffff);
    return common;
  })();
  return supported;
}
