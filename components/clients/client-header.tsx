import { Eyebrow, Heading } from "@/components/ui/heading";
import { INDUSTRIES, SIZE_BANDS } from "@/lib/validation/auth";
import { formatDate } from "./format";

export interface ClientHeaderProps {
  name: string;
  industry: string;
  sizeBand: string;
  clientSince: Date;
  lastActivityAt: Date;
}

/** The client's name and facts at the top of the client page. */
export function ClientHeader(props: ClientHeaderProps) {
  const industry = INDUSTRIES.find((i) => i.value === props.industry)?.label ?? "Industry not given";
  const size = SIZE_BANDS.find((s) => s.value === props.sizeBand)?.label ?? "Size not given";
  return (
    <header>
      <Eyebrow>Client</Eyebrow>
      <Heading level={1} size="headline" className="mt-2">
        {props.name}
      </Heading>
      <dl className="mt-4 flex flex-wrap gap-x-8 gap-y-2 text-small">
        <div>
          <dt className="text-muted">Industry</dt>
          <dd className="font-semibold text-ink">{industry}</dd>
        </div>
        <div>
          <dt className="text-muted">Size</dt>
          <dd className="font-semibold text-ink">{size}</dd>
        </div>
        <div>
          <dt className="text-muted">Client since</dt>
          <dd className="font-semibold text-ink">{formatDate(props.clientSince)}</dd>
        </div>
        <div>
          <dt className="text-muted">Last activity</dt>
          <dd className="font-semibold text-ink">{formatDate(props.lastActivityAt)}</dd>
        </div>
      </dl>
    </header>
  );
}
