"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { createSaveQueue, type SaveQueue, type SaveState } from "./save-queue";

export interface UseSaveQueueOptions<V> {
  storageKey: string;
  send: (key: string, value: V) => Promise<Response>;
  /** Receives values saved on this device but never acknowledged (they are newer than the server's copy). */
  onRestore: (pending: ReadonlyMap<string, V>) => void;
}

/** React binding of the save queue: state for the status line and the per-key refusals. */
export function useSaveQueue<V>({ storageKey, send, onRestore }: UseSaveQueueOptions<V>) {
  const [state, setState] = useState<SaveState>("saved");
  const [problems, setProblems] = useState<Record<string, string>>({});
  const queueRef = useRef<SaveQueue<V> | null>(null);
  // The latest callbacks, without re-creating the queue when a parent re-renders.
  const sendRef = useRef(send);
  const restoreRef = useRef(onRestore);
  useEffect(() => {
    sendRef.current = send;
    restoreRef.current = onRestore;
  });

  useEffect(() => {
    const queue = createSaveQueue<V>({
      storageKey,
      send: (key, value) => sendRef.current(key, value),
      onStateChange: setState,
      onRejected: (key, message) => setProblems((p) => ({ ...p, [key]: message })),
    });
    queueRef.current = queue;
    const pending = queue.pending();
    if (pending.size > 0) restoreRef.current(pending);
    return () => queue.dispose();
  }, [storageKey]);

  const save = useCallback((key: string, value: V) => {
    setProblems(({ [key]: _cleared, ...rest }) => rest);
    queueRef.current?.save(key, value);
  }, []);

  const flushAndWait = useCallback(() => queueRef.current?.flushAndWait() ?? Promise.resolve(false), []);

  return { state, problems, save, flushAndWait };
}
