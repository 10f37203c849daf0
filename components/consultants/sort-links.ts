import type { ClientSort, SortDirection } from "@/lib/validation/consultants";

/** The dashboard's URL for a sort, direction and page (page 1 is left out). */
export function clientsHref(sort: ClientSort, direction: SortDirection, page = 1): string {
  const query = new URLSearchParams({ sort, dir: direction });
  if (page > 1) query.set("page", String(page));
  return `/clients?${query.toString()}`;
}
