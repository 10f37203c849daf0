/** Cookie holding the random key of the browser that started an assessment. */
export const BROWSER_KEY_COOKIE = "cv_browser";

/** The resume URL of a diagnostic: it brings every saved answer back. */
export function resumePathOf(id: string): string {
  return `/diagnostic/${id}`;
}

export function resultPathOf(id: string): string {
  return `/diagnostic/${id}/result`;
}
