/**
 * Saves answers to the server as they are given, without losing any.
 *
 * Every answer is written to localStorage first, then sent. It leaves storage
 * only when the server has acknowledged that exact value, so a reload, a crash
 * or a dropped connection keeps it; the next page load sends it again. One
 * request per key is in flight at a time, so the server always receives a
 * key's writes in the order they were made (last write wins).
 */

export type SaveState = "saved" | "saving" | "retrying" | "rejected";

export interface SaveQueueOptions<V> {
  storageKey: string;
  send: (key: string, value: V) => Promise<Response>;
  onStateChange: (state: SaveState, pendingCount: number) => void;
  /** Called when the server refuses a value (4xx): it will not be retried. */
  onRejected: (key: string, message: string) => void;
}

export interface SaveQueue<V> {
  save: (key: string, value: V) => void;
  /** Values saved on this device that the server has not acknowledged yet. */
  pending: () => ReadonlyMap<string, V>;
  /** Sends everything pending; resolves true once the server holds it all. */
  flushAndWait: (timeoutMs?: number) => Promise<boolean>;
  dispose: () => void;
}

const MAX_BACKOFF_MS = 15_000;

function readStorage<V>(storageKey: string): Map<string, V> {
  try {
    const raw = window.localStorage.getItem(storageKey);
    if (!raw) return new Map();
    const parsed: unknown = JSON.parse(raw);
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) {
      return new Map(Object.entries(parsed as Record<string, V>));
    }
  } catch {
    // Storage can be unavailable (private mode) or corrupt; the server copy still stands.
  }
  return new Map();
}

async function messageOf(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: { message?: string } };
    return body.error?.message ?? `The server refused this answer (${response.status})`;
  } catch {
    return `The server refused this answer (${response.status})`;
  }
}

export function createSaveQueue<V>(options: SaveQueueOptions<V>): SaveQueue<V> {
  const pending = readStorage<V>(options.storageKey);
  const inFlight = new Set<string>();
  let failures = 0;
  let retryTimer: number | undefined;
  let disposed = false;
  const waiters = new Set<() => void>();

  function persist() {
    try {
      if (pending.size === 0) window.localStorage.removeItem(options.storageKey);
      else window.localStorage.setItem(options.storageKey, JSON.stringify(Object.fromEntries(pending)));
    } catch {
      // Without storage we still send; only crash-safety is reduced.
    }
  }

  function report() {
    const state: SaveState =
      pending.size === 0 ? "saved" : failures > 0 && inFlight.size === 0 ? "retrying" : "saving";
    options.onStateChange(state, pending.size);
    if (pending.size === 0) for (const wake of waiters) wake();
  }

  function scheduleRetry() {
    if (retryTimer !== undefined || disposed) return;
    const delay = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.min(failures - 1, 4));
    retryTimer = window.setTimeout(() => {
      retryTimer = undefined;
      flush();
    }, delay);
  }

  async function sendOne(key: string, value: V) {
    inFlight.add(key);
    const sent = JSON.stringify(value);
    try {
      const response = await options.send(key, value);
      if (response.ok) {
        failures = 0;
        if (JSON.stringify(pending.get(key)) === sent) pending.delete(key);
      } else if (response.status >= 400 && response.status < 500 && response.status !== 408 && response.status !== 429) {
        if (JSON.stringify(pending.get(key)) === sent) pending.delete(key);
        options.onRejected(key, await messageOf(response));
      } else {
        failures += 1;
      }
    } catch {
      failures += 1; // offline or connection dropped: keep it and try again
    } finally {
      inFlight.delete(key);
      persist();
    }
    if (disposed) return;
    if (pending.has(key) && failures === 0) void sendOne(key, pending.get(key) as V);
    else if (pending.size > 0 && failures > 0) scheduleRetry();
    report();
  }

  function flush() {
    if (disposed) return;
    for (const [key, value] of pending) {
      if (!inFlight.has(key)) void sendOne(key, value);
    }
    report();
  }

  const onOnline = () => {
    failures = 0;
    flush();
  };
  window.addEventListener("online", onOnline);

  // Whatever a previous visit left unsent goes out now.
  queueMicrotask(flush);

  return {
    save(key, value) {
      pending.set(key, value);
      persist();
      if (!inFlight.has(key)) void sendOne(key, value);
      report();
    },
    pending: () => pending,
    flushAndWait(timeoutMs = 8000) {
      failures = 0;
      flush();
      if (pending.size === 0) return Promise.resolve(true);
      return new Promise((resolve) => {
        const wake = () => {
          waiters.delete(wake);
          window.clearTimeout(timer);
          resolve(true);
        };
        const timer = window.setTimeout(() => {
          waiters.delete(wake);
          resolve(pending.size === 0);
        }, timeoutMs);
        waiters.add(wake);
      });
    },
    dispose() {
      disposed = true;
      window.removeEventListener("online", onOnline);
      if (retryTimer !== undefined) window.clearTimeout(retryTimer);
    },
  };
}
