/** Where a signed-in user starts when no page was asked for: consultants at their clients, others in the workspace. */
export function landingPathFor(kind: "company" | "practice" | null | undefined): "/clients" | "/workspace" {
  return kind === "practice" ? "/clients" : "/workspace";
}
