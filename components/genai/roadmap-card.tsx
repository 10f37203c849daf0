"use client";

import { useId, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { RoadmapEntry } from "@/lib/plan/genai-roadmap";

export interface RoadmapLimits {
  ownerMax: number;
  textMax: number;
  /** Today as YYYY-MM-DD: the earliest target date the form suggests. */
  today: string;
}

type Fields = Omit<RoadmapEntry, "dimension">;
type FieldName = keyof Fields;

const TEXT_FIELDS: readonly { name: Exclude<FieldName, "targetDate" | "marketingOwner" | "itOwner">; label: string }[] = [
  { name: "whatItLooksLike", label: "What level 3 looks like for us" },
  { name: "infrastructure", label: "Infrastructure needed" },
  { name: "training", label: "Training" },
  { name: "governance", label: "Governance to document" },
  { name: "successMeasure", label: "How we measure success" },
];

const WIN_FIELDS: readonly { name: "marketingWin" | "itWin"; label: string }[] = [
  { name: "marketingWin", label: "The win for Marketing" },
  { name: "itWin", label: "The win for IT" },
];

const FIELD_ORDER: readonly FieldName[] = [
  "whatItLooksLike",
  "infrastructure",
  "training",
  "governance",
  "successMeasure",
  "targetDate",
  "marketingOwner",
  "itOwner",
  "marketingWin",
  "itWin",
];

type Status = "clean" | "dirty" | "saving" | "saved" | "invalid" | "failed";

function fieldsOf(entry: RoadmapEntry): Fields {
  const { dimension: _dimension, ...fields } = entry;
  return fields;
}

/** "2027-09-30" → "30 September 2027", without time-zone surprises. */
function formatDate(iso: string): string {
  const [year, month, day] = iso.split("-").map(Number);
  if (!year || !month || !day) return iso;
  return new Date(Date.UTC(year, month - 1, day)).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}

export interface RoadmapCardProps {
  position: number;
  entry: RoadmapEntry;
  dimensionName: string;
  endpoint: string;
  limits: RoadmapLimits;
  onSaved: (entry: RoadmapEntry) => void;
}

/** One priority's "Level 3 by Q3" plan: every field editable, saved with its own button. */
export function RoadmapCard(props: RoadmapCardProps) {
  const baseId = useId();
  const [fields, setFields] = useState<Fields>(() => fieldsOf(props.entry));
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [status, setStatus] = useState<Status>("clean");
  const [message, setMessage] = useState("");
  // Field errors are summed up at the top of the card, as the other forms do; a failure that
  // no field explains stays beside the Save button, where the user is looking.
  const [hasFieldErrors, setHasFieldErrors] = useState(false);
  const headingId = `${baseId}-heading`;
  const idOf = (name: FieldName) => `${baseId}-${name}`;

  function update(name: FieldName, value: string) {
    setFields((current) => ({ ...current, [name]: value }));
    setStatus("dirty");
  }

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setStatus("saving");
    setMessage("");
    setHasFieldErrors(false);
    try {
      const response = await fetch(props.endpoint, {
        method: "PUT",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(fields),
      });
      if (response.ok) {
        setErrors({});
        setStatus("saved");
        props.onSaved({ dimension: props.entry.dimension, ...fields });
        return;
      }
      const body = (await response.json().catch(() => ({}))) as {
        error?: { message?: string; fields?: Record<string, string> };
      };
      // "entry.marketingOwner" and "marketingOwner" both name the owner field.
      const next: Partial<Record<FieldName, string>> = {};
      for (const [path, text] of Object.entries(body.error?.fields ?? {})) {
        const name = path.split(".").pop() as FieldName | undefined;
        if (name && FIELD_ORDER.includes(name)) next[name] ??= text;
      }
      setErrors(next);
      setStatus(response.status >= 500 ? "failed" : "invalid");
      const isExplainedByFields = Object.keys(next).length > 0;
      setHasFieldErrors(isExplainedByFields);
      setMessage(
        isExplainedByFields
          ? "Not saved: correct the fields marked below. Nothing was changed."
          : (body.error?.message ?? "This card could not be saved. Please try again."),
      );
      // Keyboard and screen-reader users land on the first field to fix.
      const first = FIELD_ORDER.find((name) => next[name]);
      if (first) window.setTimeout(() => document.getElementById(idOf(first))?.focus(), 0);
    } catch {
      setStatus("failed");
      setMessage("No connection: your edits are still here. Save again in a moment.");
    }
  }

  const describedBy = (name: FieldName, hintId?: string) =>
    [hintId, errors[name] ? `${idOf(name)}-error` : undefined].filter(Boolean).join(" ") || undefined;

  const errorOf = (name: FieldName) =>
    errors[name] ? (
      <p id={`${idOf(name)}-error`} className="text-xs font-medium text-danger">
        {errors[name]}
      </p>
    ) : null;

  const textArea = (name: Exclude<FieldName, "targetDate" | "marketingOwner" | "itOwner">, label: string) => (
    <div key={name} className="flex flex-col gap-1">
      <label htmlFor={idOf(name)} className="text-small font-medium text-ink">
        {label} <span className="font-normal text-muted print:hidden">(optional)</span>
      </label>
      <textarea
        id={idOf(name)}
        name={name}
        className="field min-h-20 field-sizing-content print:hidden"
        rows={3}
        maxLength={props.limits.textMax}
        value={fields[name]}
        onChange={(e) => update(name, e.target.value)}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={describedBy(name)}
      />
      <p className="hidden text-small whitespace-pre-line text-ink print:block">{fields[name] || "–"}</p>
      {errorOf(name)}
    </div>
  );

  const ownerInput = (name: "marketingOwner" | "itOwner", label: string) => (
    <div className="flex flex-col gap-1">
      <label htmlFor={idOf(name)} className="text-small font-medium text-ink">
        {label}
      </label>
      <input
        id={idOf(name)}
        name={name}
        className="field print:hidden"
        autoComplete="off"
        maxLength={props.limits.ownerMax}
        placeholder="Name and role"
        value={fields[name]}
        onChange={(e) => update(name, e.target.value)}
        aria-required="true"
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={describedBy(name)}
      />
      <p className="hidden text-small text-ink print:block">{fields[name] || "Not named yet"}</p>
      {errorOf(name)}
    </div>
  );

  const dateHintId = `${idOf("targetDate")}-hint`;

  return (
    <form
      noValidate
      onSubmit={save}
      aria-labelledby={headingId}
      className="flex flex-col gap-5 rounded-card border border-border bg-surface p-5 shadow-card break-inside-avoid sm:p-6 print:shadow-none"
      data-roadmap-position={props.position}
      data-dimension-id={props.entry.dimension}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h3 id={headingId} className="text-title text-ink">
          <span className="text-muted">{props.position + 1}.</span> {props.dimensionName}: level 3 by{" "}
          {formatDate(fields.targetDate || props.entry.targetDate)}
        </h3>
      </div>

      {message && hasFieldErrors ? (
        <Alert tone="danger" className="print:hidden">
          {message}
        </Alert>
      ) : null}

      <div className="grid gap-4 sm:grid-cols-2">
        {TEXT_FIELDS.map((f) => (
          <div key={f.name} className={f.name === "whatItLooksLike" ? "sm:col-span-2" : undefined}>
            {textArea(f.name, f.label)}
          </div>
        ))}
      </div>

      <div className="grid gap-4 sm:grid-cols-3">
        <div className="flex flex-col gap-1">
          <label htmlFor={idOf("targetDate")} className="text-small font-medium text-ink">
            Target date
          </label>
          <input
            id={idOf("targetDate")}
            name="targetDate"
            type="date"
            className="field print:hidden"
            min={props.limits.today}
            value={fields.targetDate}
            onChange={(e) => update("targetDate", e.target.value)}
            aria-required="true"
            aria-invalid={errors.targetDate ? true : undefined}
            aria-describedby={describedBy("targetDate", dateHintId)}
          />
          <p id={dateHintId} className="text-xs text-muted print:hidden">
            By default the end of the next Q3.
          </p>
          <p className="hidden text-small text-ink print:block">{formatDate(fields.targetDate)}</p>
          {errorOf("targetDate")}
        </div>
        {ownerInput("marketingOwner", "Marketing owner")}
        {ownerInput("itOwner", "IT owner")}
      </div>

      <div className="grid gap-4 sm:grid-cols-2">{WIN_FIELDS.map((f) => textArea(f.name, f.label))}</div>

      <div className="flex flex-wrap items-center gap-4 print:hidden">
        <Button type="submit" disabled={status === "saving"}>
          {status === "saving" ? "Saving…" : `Save priority ${props.position + 1}`}
        </Button>
        <p role="status" aria-live="polite" className="text-small text-muted">
          {status === "saved" ? (
            <span className="font-medium text-success">Saved</span>
          ) : status === "dirty" ? (
            "Unsaved changes"
          ) : null}
        </p>
      </div>
      {message && !hasFieldErrors ? (
        <p role="alert" className="text-small font-medium text-danger print:hidden">
          {message}
        </p>
      ) : null}
    </form>
  );
}
