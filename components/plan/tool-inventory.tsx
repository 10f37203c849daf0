"use client";

import { useEffect, useId, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { Button } from "@/components/ui/button";

export type ToolTagValue = "core" | "candidate" | "retire";

export interface ToolRow {
  name: string;
  purpose: string;
  tag: ToolTagValue;
}

interface EditableRow extends ToolRow {
  key: number;
}

export interface ToolInventoryProps {
  endpoint: string;
  initialTools: readonly ToolRow[];
  tagOptions: readonly { value: ToolTagValue; label: string; meaning: string }[];
  nameMax: number;
  purposeMax: number;
  maxRows: number;
}

type Status = { kind: "idle" | "saving" | "saved" } | { kind: "error"; message: string };

const SAVE_DELAY_MS = 700;

/** The Phase 1 worksheet: every tool tagged Core, Candidate or Retire, saved as it is edited. */
export function ToolInventory(props: ToolInventoryProps) {
  const baseId = useId();
  const nextKey = useRef(props.initialTools.length);
  const [rows, setRows] = useState<EditableRow[]>(() => props.initialTools.map((t, key) => ({ ...t, key })));
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const dirty = useRef(false);
  const timer = useRef<number | undefined>(undefined);
  // The rows as last edited, read by the save timer and the pagehide flush.
  const latest = useRef(rows);

  // Blank rows are drafts: they are kept on screen but not sent until named.
  const payloadOf = (list: EditableRow[]) => ({
    tools: list.filter((r) => r.name.trim() !== "").map(({ name, purpose, tag }) => ({ name, purpose, tag })),
  });

  async function save(keepalive = false) {
    window.clearTimeout(timer.current);
    if (!dirty.current) return;
    dirty.current = false;
    setStatus({ kind: "saving" });
    const sent = latest.current.filter((r) => r.name.trim() !== "");
    try {
      const response = await fetch(props.endpoint, {
        method: "PUT",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(payloadOf(latest.current)),
        keepalive,
      });
      if (response.ok) {
        setFieldErrors({});
        setStatus({ kind: "saved" });
        return;
      }
      const body = (await response.json().catch(() => ({}))) as {
        error?: { message?: string; fields?: Record<string, string> };
      };
      // Map "tools.N.field" back to the row on screen.
      const errors: Record<string, string> = {};
      for (const [path, message] of Object.entries(body.error?.fields ?? {})) {
        const [, index, field] = path.split(".");
        const row = sent[Number(index)];
        if (row && field) errors[`${row.key}.${field}`] = message;
      }
      setFieldErrors(errors);
      dirty.current = response.status >= 500;
      setStatus({ kind: "error", message: body.error?.message ?? "The worksheet could not be saved" });
    } catch {
      dirty.current = true;
      setStatus({ kind: "error", message: "No connection: your changes are still here and will be saved when you edit again." });
    }
  }

  function update(next: EditableRow[]) {
    setRows(next);
    latest.current = next;
    dirty.current = true;
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void save(), SAVE_DELAY_MS);
  }

  useEffect(() => {
    const flush = () => {
      if (dirty.current) void save(true);
    };
    window.addEventListener("pagehide", flush);
    return () => window.removeEventListener("pagehide", flush);
    // save reads refs only, so registering once is enough
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const counts = props.tagOptions.map((o) => ({ ...o, count: rows.filter((r) => r.tag === o.value && r.name.trim()).length }));

  return (
    <div className="flex flex-col gap-4">
      <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm text-muted">
        {counts.map((c) => (
          <li key={c.value}>
            <span className="font-semibold text-ink">{c.label}</span>: {c.count} <span className="sr-only">tools</span>
            <span aria-hidden="true"> · </span>
            {c.meaning}
          </li>
        ))}
      </ul>

      {rows.length === 0 ? <p className="text-sm text-muted">No tools listed yet. Start with the ones you pay for.</p> : null}

      <ol className="flex flex-col gap-3">
        {rows.map((row, index) => {
          const id = `${baseId}-${row.key}`;
          const nameError = fieldErrors[`${row.key}.name`];
          const purposeError = fieldErrors[`${row.key}.purpose`];
          const replace = (patch: Partial<ToolRow>) =>
            update(rows.map((r) => (r.key === row.key ? { ...r, ...patch } : r)));
          return (
            <li key={row.key} className="grid gap-2 rounded-lg border border-border p-3 sm:grid-cols-[1.2fr_1.6fr_auto_auto] sm:items-end">
              <div className="flex flex-col gap-1">
                <label htmlFor={`${id}-name`} className="text-xs font-medium text-muted">
                  Tool {index + 1}
                </label>
                <input
                  id={`${id}-name`}
                  value={row.name}
                  maxLength={props.nameMax}
                  onChange={(e) => replace({ name: e.target.value })}
                  aria-invalid={nameError ? true : undefined}
                  aria-describedby={nameError ? `${id}-name-error` : undefined}
                  className="field"
                  placeholder="e.g. Marketing automation"
                />
                {nameError ? <p id={`${id}-name-error`} className="text-xs text-danger">{nameError}</p> : null}
              </div>
              <div className="flex flex-col gap-1">
                <label htmlFor={`${id}-purpose`} className="text-xs font-medium text-muted">
                  What it is used for
                </label>
                <input
                  id={`${id}-purpose`}
                  value={row.purpose}
                  maxLength={props.purposeMax}
                  onChange={(e) => replace({ purpose: e.target.value })}
                  aria-invalid={purposeError ? true : undefined}
                  aria-describedby={purposeError ? `${id}-purpose-error` : undefined}
                  className="field"
                />
                {purposeError ? <p id={`${id}-purpose-error`} className="text-xs text-danger">{purposeError}</p> : null}
              </div>
              <div className="flex flex-col gap-1">
                <label htmlFor={`${id}-tag`} className="text-xs font-medium text-muted">
                  Tag
                </label>
                <select
                  id={`${id}-tag`}
                  value={row.tag}
                  onChange={(e) => replace({ tag: e.target.value as ToolTagValue })}
                  className="field"
                >
                  {props.tagOptions.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              </div>
              <Button
                variant="ghost"
                onClick={() => {
                  const next = rows.filter((r) => r.key !== row.key);
                  // Focus goes to the row that takes this one's place (or the one before it, or "Add a
                  // tool" when none is left), not back to the top of the page with the removed button.
                  flushSync(() => update(next));
                  const neighbour = next[Math.min(index, next.length - 1)];
                  document.getElementById(neighbour ? `${baseId}-${neighbour.key}-name` : `${baseId}-add`)?.focus();
                }}
                aria-label={`Remove tool ${index + 1}${row.name ? `: ${row.name}` : ""}`}
              >
                Remove
              </Button>
            </li>
          );
        })}
      </ol>

      <div className="flex flex-wrap items-center gap-4">
        <Button
          id={`${baseId}-add`}
          variant="secondary"
          disabled={rows.length >= props.maxRows}
          onClick={() => {
            const key = nextKey.current++;
            const next = [...rows, { key, name: "", purpose: "", tag: "candidate" as const }];
            // The new row is rendered before this handler returns, so focus moves to its name at once:
            // keys typed straight after Space or Enter go into it, not to this button (a later focus
            // move would lose them, and each queued space would add another row).
            flushSync(() => setRows(next));
            latest.current = next;
            document.getElementById(`${baseId}-${key}-name`)?.focus();
          }}
        >
          Add a tool
        </Button>
        <p role="status" aria-live="polite" className={`text-sm ${status.kind === "error" ? "text-danger" : "text-muted"}`}>
          {status.kind === "saving" ? "Saving…" : status.kind === "saved" ? "Worksheet saved" : status.kind === "error" ? status.message : ""}
        </p>
      </div>
    </div>
  );
}
