import Link from "next/link";
import { TableScroll } from "@/components/ui/table-scroll";
import type { ClientSummary } from "@/lib/data/consultants";
import { DEFAULT_DIRECTION, type ClientSort, type SortDirection } from "@/lib/validation/consultants";
import { ChangeCell } from "./change-cell";
import { formatDay, industryLabel, sizeLabel } from "./format";
import { LevelCell } from "./level-cell";
import { clientsHref } from "./sort-links";

interface Column {
  sort: ClientSort;
  label: string;
  /** How the column's order reads out: [ascending, descending]. */
  orders: [string, string];
  align?: "right";
}

const COLUMNS: readonly Column[] = [
  { sort: "name", label: "Client", orders: ["A to Z", "Z to A"] },
  { sort: "industry", label: "Industry", orders: ["A to Z", "Z to A"] },
  { sort: "convergence", label: "Convergence", orders: ["lowest level first", "highest level first"] },
  { sort: "genai", label: "GenAI", orders: ["lowest level first", "highest level first"] },
  { sort: "change", label: "Change", orders: ["biggest fall first", "biggest rise first"] },
  { sort: "activity", label: "Last activity", orders: ["oldest first", "newest first"] },
  { sort: "respondents", label: "Respondents", orders: ["fewest first", "most first"], align: "right" },
];

/** "Convergence, highest level first": how the table is sorted, in words. */
export function describeSort(sort: ClientSort, direction: SortDirection): string {
  const column = COLUMNS.find((c) => c.sort === sort) ?? COLUMNS[0]!;
  return `${column.label}, ${column.orders[direction === "asc" ? 0 : 1]}`;
}

function SortIcon({ state }: { state: SortDirection | null }) {
  return (
    <svg viewBox="0 0 12 16" aria-hidden="true" className="h-3.5 w-2.5 shrink-0" fill="currentColor">
      <path d="M6 1 10.5 6.5h-9z" opacity={state === "asc" ? 1 : 0.3} />
      <path d="M6 15 1.5 9.5h9z" opacity={state === "desc" ? 1 : 0.3} />
    </svg>
  );
}

function HeaderCell({ column, sort, direction }: { column: Column; sort: ClientSort; direction: SortDirection }) {
  const isActive = column.sort === sort;
  const next = isActive ? (direction === "asc" ? "desc" : "asc") : DEFAULT_DIRECTION[column.sort];
  return (
    <th
      scope="col"
      aria-sort={isActive ? (direction === "asc" ? "ascending" : "descending") : undefined}
      className={`px-4 py-3 font-semibold first:pl-5 last:pr-5 ${column.align === "right" ? "text-right" : ""}`}
    >
      <Link
        href={clientsHref(column.sort, next)}
        className={`-mx-1.5 inline-flex items-center gap-1.5 rounded-control px-1.5 py-1 hover:bg-sunken hover:text-ink ${isActive ? "text-ink" : ""}`}
      >
        {column.label}
        <SortIcon state={isActive ? direction : null} />
        <span className="sr-only">, sort {column.orders[next === "asc" ? 0 : 1]}</span>
      </Link>
    </th>
  );
}

/** The dashboard table: one row per client, every header a link that sorts (server-rendered, no script). */
export function ClientTable({
  rows,
  sort,
  direction,
  caption,
}: {
  rows: readonly ClientSummary[];
  sort: ClientSort;
  direction: SortDirection;
  caption: string;
}) {
  return (
    <TableScroll label={caption}>
      <table className="w-full min-w-[60rem] border-collapse text-left text-small">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-border bg-sunken/60 text-muted">
            {COLUMNS.map((column) => (
              <HeaderCell key={column.sort} column={column} sort={sort} direction={direction} />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-border align-top last:border-b-0 hover:bg-sunken/40">
              <th scope="row" className="px-4 py-3.5 pl-5 font-normal">
                <Link href={`/clients/${encodeURIComponent(row.id)}`} className="font-semibold text-brand-ink underline-offset-2 hover:underline">
                  {row.name}
                </Link>
                <span className="mt-0.5 block text-xs text-muted">{sizeLabel(row.sizeBand)}</span>
              </th>
              <td className="px-4 py-3.5">{industryLabel(row.industry)}</td>
              <td className="px-4 py-3.5">
                <LevelCell instrument="convergence" level={row.convergenceLevel} score={row.convergenceScore} />
              </td>
              <td className="px-4 py-3.5">
                <LevelCell instrument="genai" level={row.genaiLevel} />
              </td>
              <td className="px-4 py-3.5">
                <ChangeCell
                  convergenceLevelChange={row.convergenceLevelChange}
                  convergenceScoreChange={row.convergenceScoreChange}
                  genaiLevelChange={row.genaiLevelChange}
                />
              </td>
              <td className="px-4 py-3.5 whitespace-nowrap">
                <time dateTime={row.lastActivityAt.toISOString()}>{formatDay(row.lastActivityAt)}</time>
              </td>
              <td className="px-4 py-3.5 pr-5 text-right tabular-nums">{row.respondents}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
