import type { ReactNode } from "react";

export interface RadioCardOption<T extends string | number> {
  value: T;
  label: string;
  /** Quieter options (such as "Don't know") are drawn in muted text. */
  isQuiet?: boolean;
}

export interface RadioCardsProps<T extends string | number> {
  /** Unique within the page: the radio group's name and the prefix of its ids. */
  name: string;
  legend: ReactNode;
  options: readonly RadioCardOption<T>[];
  selected: T | undefined;
  onChange: (value: T) => void;
  problem?: string;
  /** Extra attributes for tests and styling hooks. */
  dataAttributes?: Record<`data-${string}`, string>;
}

/** A native radio group drawn as cards: arrow keys move between options, Space selects. */
export function RadioCards<T extends string | number>(props: RadioCardsProps<T>) {
  const problemId = `${props.name}-problem`;
  return (
    <fieldset
      className="rounded-card border border-border bg-surface p-4 sm:p-5"
      aria-describedby={props.problem ? problemId : undefined}
      {...props.dataAttributes}
    >
      <legend className="float-left mb-3 w-full text-base font-semibold text-ink">{props.legend}</legend>
      <div className="clear-both grid gap-2">
        {props.options.map((option) => {
          const id = `${props.name}-${option.value}`;
          const isSelected = props.selected === option.value;
          return (
            <label
              key={String(option.value)}
              htmlFor={id}
              className={`flex cursor-pointer items-center gap-3 rounded-control border px-3 py-2.5 text-sm transition-colors has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-focus ${
                isSelected ? "border-brand bg-brand-soft text-ink" : "border-border hover:border-brand"
              } ${option.isQuiet ? "text-muted" : ""}`}
            >
              <input
                type="radio"
                id={id}
                name={props.name}
                value={String(option.value)}
                checked={isSelected}
                onChange={() => props.onChange(option.value)}
                className="size-4 shrink-0 accent-[var(--color-brand)] focus-visible:outline-none"
              />
              <span>{option.label}</span>
            </label>
          );
        })}
      </div>
      {props.problem ? (
        <p id={problemId} className="mt-2 text-sm text-danger" role="alert">
          {props.problem}
        </p>
      ) : null}
    </fieldset>
  );
}
