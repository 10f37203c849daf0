// Runs a route handler inside the request scope Next gives it in production, so code that calls
// next/headers (next-auth's App Router handler reads headers() and cookies()) can be driven in-process.
// The scope holds only what those two functions read: the request's headers and cookies.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

// What `next start` does first: Next's request storage needs Node's AsyncLocalStorage on globalThis.
// This must run before any Next module is loaded, so import this file before the route modules.
require("next/dist/server/node-environment-baseline");

interface Storage<T> {
  run<R>(store: T, callback: () => R): R;
}

const { workAsyncStorage } = require("next/dist/server/app-render/work-async-storage.external") as {
  workAsyncStorage: Storage<unknown>;
};
const { workUnitAsyncStorage } = require("next/dist/server/app-render/work-unit-async-storage.external") as {
  workUnitAsyncStorage: Storage<unknown>;
};
const { createRequestStoreForAPI } = require("next/dist/server/async-storage/request-store") as {
  createRequestStoreForAPI: (
    request: { headers: Headers },
    url: { pathname: string; search?: string },
    implicitTags: unknown,
    onUpdateCookies: unknown,
    previewProps: unknown,
  ) => unknown;
};

if (workAsyncStorage.constructor.name !== "AsyncLocalStorage") {
  throw new Error("next-request-scope must be imported before any Next module is loaded");
}

/** Calls `handler` as Next would for a request to `route` (e.g. "/api/auth/[...nextauth]"). */
export function inRequestScope<R>(route: string, request: Request, handler: () => R): R {
  const url = new URL(request.url);
  const workStore = { page: route, route, forceStatic: false, dynamicShouldError: false, isStaticGeneration: false };
  const requestStore = createRequestStoreForAPI(
    request,
    { pathname: url.pathname, search: url.search },
    { tags: [], expirationsByCacheKind: new Map() },
    undefined,
    { previewModeId: "", previewModeEncryptionKey: "", previewModeSigningKey: "" },
  );
  return workAsyncStorage.run(workStore, () => workUnitAsyncStorage.run(requestStore, handler));
}
