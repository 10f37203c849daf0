import { Button, type ButtonSize, type ButtonVariant } from "@/components/ui/button";

/** The instruments a visitor can start from a page: the Convergence diagnostic or the GenAI model. */
export type StartableInstrument = "convergence" | "genai";

export interface StartDiagnosticFormProps {
  /** Which assessment the form starts; the Convergence diagnostic unless told otherwise. */
  instrument?: StartableInstrument;
  size?: ButtonSize;
  variant?: ButtonVariant;
  label?: string;
  className?: string;
}

/**
 * Starts an anonymous assessment. A plain form post, so it works before (or without)
 * any JavaScript; the route handler redirects to the first question.
 */
export function StartDiagnosticForm({
  instrument = "convergence",
  size = "lg",
  variant = "primary",
  label = "Start the diagnostic",
  className,
}: StartDiagnosticFormProps) {
  return (
    <form action="/api/assessments" method="post" className={className}>
      <input type="hidden" name="instrument" value={instrument} />
      <Button type="submit" size={size} variant={variant} className="group">
        {label}
        <svg
          viewBox="0 0 20 20"
          aria-hidden="true"
          className="size-5 transition-transform duration-150 ease-calm group-hover:translate-x-0.5"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.75"
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          <path d="M4 10h12m-4.5-4.5L16 10l-4.5 4.5" />
        </svg>
      </Button>
    </form>
  );
}
