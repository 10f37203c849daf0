// Every page, route handler (with its methods) and server action under app/, found by reading the
// files. The authorisation matrix must name each of them; a new one that it does not name fails
// tests/lint/route-catalogue.test.ts.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface AppRoute {
  /** "page" | "route" */
  kind: "page" | "route";
  /** The URL pattern: "/diagnostic/[id]/result", "/api/assessments/[id]/answers". Route groups dropped. */
  pattern: string;
  /** For route handlers, the methods the file exports; for pages, ["GET"]. */
  methods: Method[];
  /** Path of the file, relative to the project. */
  file: string;
}

const METHODS: readonly Method[] = ["GET", "POST", "PUT", "PATCH", "DELETE"];

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : [path];
  });
}

function patternOf(appDir: string, file: string): string {
  const segments = relative(appDir, file).split(sep).slice(0, -1).filter((s) => !/^\(.*\)$/.test(s));
  return `/${segments.join("/")}`;
}

function exportedMethods(source: string): Method[] {
  return METHODS.filter((m) =>
    new RegExp(`export\\s+(const|async\\s+function|function)\\s+${m}\\b|export\\s*\\{[^}]*\\bas\\s+${m}\\b`).test(source),
  );
}

/** Pages and route handlers of the app, sorted by pattern. */
export function listAppRoutes(projectRoot: string): AppRoute[] {
  const appDir = join(projectRoot, "app");
  const routes: AppRoute[] = [];
  for (const file of walk(appDir)) {
    const name = file.split(sep).pop();
    if (name === "page.tsx" || name === "page.ts") {
      routes.push({ kind: "page", pattern: patternOf(appDir, file), methods: ["GET"], file: relative(projectRoot, file) });
    } else if (name === "route.ts" || name === "route.tsx") {
      routes.push({ kind: "route", pattern: patternOf(appDir, file), methods: exportedMethods(readFileSync(file, "utf8")), file: relative(projectRoot, file) });
    }
  }
  return routes.sort((a, b) => a.pattern.localeCompare(b.pattern));
}

/** Files that declare server actions ("use server"); the app has none: forms post to route handlers. */
export function listServerActionFiles(projectRoot: string): string[] {
  return ["app", "components", "lib"].flatMap((dir) =>
    walk(join(projectRoot, dir))
      .filter((f) => /\.(ts|tsx)$/.test(f) && !f.includes(`${sep}generated${sep}`))
      .filter((f) => /^\s*["']use server["']/m.test(readFileSync(f, "utf8")))
      .map((f) => relative(projectRoot, f)),
  );
}
