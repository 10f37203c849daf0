import { Container } from "@/components/ui/container";
import { LogoMark } from "./logo";

export function SiteFooter() {
  return (
    <footer className="border-t border-border">
      <Container className="flex flex-col gap-4 py-10 text-small text-muted sm:flex-row sm:items-center sm:justify-between">
        <p className="flex items-center gap-2.5">
          <LogoMark className="size-6" />
          <span>
            <span className="font-semibold text-ink">Convergence</span> — maturity diagnostics for marketing leaders
          </span>
        </p>
        <p>Answers are self-reported: a baseline for a conversation, not an audit.</p>
      </Container>
    </footer>
  );
}
