export interface SkipLinkProps {
  /** The id of the element to jump to, without "#". */
  targetId?: string;
}

/** The first focusable element on every page: hidden until it receives keyboard focus. */
export function SkipLink({ targetId = "main" }: SkipLinkProps) {
  return (
    <a
      href={`#${targetId}`}
      className="fixed top-3 left-3 z-50 -translate-y-24 rounded-control bg-ink px-4 py-3 text-small font-semibold text-canvas shadow-raised focus-visible:translate-y-0 focus:translate-y-0"
    >
      Skip to content
    </a>
  );
}
