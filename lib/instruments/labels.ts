/** The label of the "Don't know" option shown under every question. */
export const DONT_KNOW_LABEL = "Don't know";
