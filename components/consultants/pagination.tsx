import Link from "next/link";
import type { ClientSort, SortDirection } from "@/lib/validation/consultants";
import { buttonClasses } from "@/components/ui/button";
import { clientsHref } from "./sort-links";

const number = new Intl.NumberFormat("en-GB");

/** Previous / next links that keep the sort; a page that does not exist is shown, not linked. */
export function Pagination({
  page,
  pageCount,
  total,
  pageSize,
  sort,
  direction,
}: {
  page: number;
  pageCount: number;
  total: number;
  pageSize: number;
  sort: ClientSort;
  direction: SortDirection;
}) {
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  const step = (target: number, label: string, rel: "prev" | "next") =>
    target >= 1 && target <= pageCount ? (
      <Link href={clientsHref(sort, direction, target)} rel={rel} className={buttonClasses({ variant: "secondary" })}>
        {label}
      </Link>
    ) : (
      <span aria-disabled="true" className={buttonClasses({ variant: "secondary" })}>
        {label}
      </span>
    );
  return (
    <nav aria-label="Pages of clients" className="flex flex-wrap items-center justify-between gap-3">
      <p className="text-small text-muted">
        Showing {number.format(first)}–{number.format(last)} of {number.format(total)} {total === 1 ? "client" : "clients"}
        {pageCount > 1 ? ` · page ${page} of ${pageCount}` : ""}
      </p>
      {pageCount > 1 ? (
        <div className="flex gap-2">
          {step(page - 1, "Previous page", "prev")}
          {step(page + 1, "Next page", "next")}
        </div>
      ) : null}
    </nav>
  );
}
