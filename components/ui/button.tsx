import Link from "next/link";
import type { ComponentProps } from "react";
import { cn } from "./cn";

export type ButtonVariant = "primary" | "secondary" | "ghost";
export type ButtonSize = "md" | "lg";

export interface ButtonStyleProps {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Stretch to the width of the container. */
  fullWidth?: boolean;
}

const base =
  "inline-flex items-center justify-center gap-2 rounded-control border font-semibold whitespace-nowrap select-none " +
  "transition-[background-color,border-color,color,box-shadow,transform] duration-150 ease-calm " +
  "active:translate-y-px " +
  "disabled:pointer-events-none disabled:border-border disabled:bg-sunken disabled:text-muted disabled:shadow-none " +
  "aria-disabled:pointer-events-none aria-disabled:border-border aria-disabled:bg-sunken aria-disabled:text-muted aria-disabled:shadow-none";

const variants: Record<ButtonVariant, string> = {
  primary:
    "border-transparent bg-brand text-on-brand shadow-card hover:bg-brand-hover " +
    "forced-colors:border-[ButtonText]",
  secondary: "border-border-strong bg-surface text-ink hover:border-ink hover:bg-sunken",
  ghost: "border-transparent bg-transparent text-ink hover:bg-sunken",
};

const sizes: Record<ButtonSize, string> = {
  md: "min-h-11 px-4 text-small",
  lg: "min-h-13 px-6 text-body",
};

/** The class list of a button, for the rare element that must look like one. */
export function buttonClasses({
  variant = "primary",
  size = "md",
  fullWidth = false,
  className,
}: ButtonStyleProps & { className?: string } = {}): string {
  return cn(base, variants[variant], sizes[size], fullWidth && "w-full", className);
}

export type ButtonProps = ComponentProps<"button"> & ButtonStyleProps;

/** A native button. Defaults to `type="button"`; pass `type="submit"` inside forms. */
export function Button({ variant, size, fullWidth, className, type = "button", ...props }: ButtonProps) {
  return <button type={type} className={buttonClasses({ variant, size, fullWidth, className })} {...props} />;
}

export type ButtonLinkProps = ComponentProps<typeof Link> & ButtonStyleProps;

/** A link (next/link) that looks like a button: use it for navigation, Button for actions. */
export function ButtonLink({ variant, size, fullWidth, className, ...props }: ButtonLinkProps) {
  return <Link className={buttonClasses({ variant, size, fullWidth, className })} {...props} />;
}
