import type { ReactNode } from "react";
import { Container } from "@/components/ui/container";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <Container size="prose" className="py-12 sm:py-16">
      <div className="mx-auto max-w-md">{children}</div>
    </Container>
  );
}
