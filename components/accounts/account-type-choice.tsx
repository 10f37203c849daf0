"use client";

export type AccountType = "company" | "practice";

const OPTIONS: readonly { value: AccountType; label: string; hint: string }[] = [
  {
    value: "company",
    label: "My own marketing organisation",
    hint: "Assess your team, invite colleagues and follow your progress over time.",
  },
  {
    value: "practice",
    label: "I'm a consultant managing clients",
    hint: "Set up your consultancy, run the diagnostics with client organisations and compare them.",
  },
];

/** The sign-up's first question, as a native radio group (arrow keys move, the legend labels it). */
export function AccountTypeChoice({ value, onChange, error }: { value: AccountType; onChange: (value: AccountType) => void; error?: string }) {
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={error ? "accountType-error" : undefined}>
      <legend className="mb-3 text-body font-semibold text-ink">How will you use Convergence?</legend>
      {OPTIONS.map((option) => {
        const id = `accountType-${option.value}`;
        const isSelected = value === option.value;
        return (
          <label
            key={option.value}
            htmlFor={id}
            className={`flex cursor-pointer items-start gap-3 rounded-control border px-4 py-3 transition-colors has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-focus ${
              isSelected ? "border-brand bg-brand-soft" : "border-border hover:border-brand"
            }`}
          >
            <input
              type="radio"
              id={id}
              name="accountType"
              value={option.value}
              checked={isSelected}
              onChange={() => onChange(option.value)}
              aria-labelledby={`${id}-label`}
              aria-describedby={`${id}-hint`}
              className="mt-1 size-4 shrink-0 accent-[var(--color-brand)] focus-visible:outline-none"
            />
            <span className="flex flex-col gap-0.5">
              <span id={`${id}-label`} className="text-small font-semibold text-ink">
                {option.label}
              </span>
              <span id={`${id}-hint`} className="text-small text-muted">
                {option.hint}
              </span>
            </span>
          </label>
        );
      })}
      {error ? (
        <p id="accountType-error" className="text-small font-medium text-danger">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
