/** Cookie holding the random key of the browser that started an assessment. */
export const BROWSER_KEY_COOKIE = "cv_browser";

/** The resume URL of a diagnostic: it brings every saved answer back. */
export function resumePathOf(id: string): string {
  return `/diagnostic/${id}`;
}

export function resultPathOf(id: string): string {
  return `/diagnostic/${id}/result`;
}

export function genaiResumePathOf(id: string): string {
  return `/genai/${id}`;
}

export function genaiResultPathOf(id: string): string {
  return `/genai/${id}/result`;
}

/** Where an assessment of either instrument is taken, and where its result is. */
export function pathsOf(instrument: "convergence" | "genai", id: string): { resume: string; result: string } {
  return instrument === "genai"
    ? { resume: genaiResumePathOf(id), result: genaiResultPathOf(id) }
    : { resume: resumePathOf(id), result: resultPathOf(id) };
}
