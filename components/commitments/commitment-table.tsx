import Link from "next/link";
import type { CommitmentSummaryJson } from "@/lib/commitments/serialize";
import { withAsOf } from "@/lib/as-of/url";
import { KIND_LABELS } from "@/lib/format/labels";
import { formatAmount, formatDateJson } from "@/lib/format/values";
import { EmptyState } from "../ui/empty-state";
import { OverdueBadge, StatusBadge } from "../status-badge";
import { TableFrame } from "../ui/table-frame";
import { sidesLabelOfJson } from "@/lib/commitments/sides";

/** The sides' full names, for the short label's tooltip. */
const sidesTitle = (sides: CommitmentSummaryJson["sides"]) =>
  sides.map((s) => `${s.role}: ${[s.country?.name, s.organization?.name].filter(Boolean).join(", ")}`).join("; ");

export type SortableColumn = "title" | "kind" | "target" | "status" | "event";

/** When given, column headers become links that sort by them (`href` builds the link). */
export interface TableSort {
  current: string;
  href: (sort: string) => string;
}

function Header({ column, label, sort }: { column?: SortableColumn; label: string; sort?: TableSort }) {
  if (!sort || !column)
    return (
      <th scope="col" className="px-3 py-2">
        {label}
      </th>
    );
  const active = sort.current.replace(/^-/, "") === column;
  const descending = active && sort.current.startsWith("-");
  const next = active && !descending ? `-${column}` : column;
  return (
    <th scope="col" className="px-3 py-2" aria-sort={active ? (descending ? "descending" : "ascending") : undefined}>
      <Link href={sort.href(next)} className="inline-flex items-center gap-1 hover:text-ink hover:underline">
        {label}
        <span aria-hidden="true">{active ? (descending ? "↓" : "↑") : "↕"}</span>
        <span className="sr-only">
          {active
            ? `, sorted ${descending ? "descending" : "ascending"}; sort ${descending ? "ascending" : "descending"}`
            : ", sort"}
        </span>
      </Link>
    </th>
  );
}

export function CommitmentTable({
  commitments,
  asOf,
  sort,
  empty = "No commitments match.",
}: {
  commitments: CommitmentSummaryJson[];
  asOf?: string;
  sort?: TableSort;
  empty?: string;
}) {
  if (commitments.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <TableFrame
      caption="Commitments with their kind, direction, amount, target and status"
      head={
        <>
          <Header column="title" label="Commitment" sort={sort} />
          <Header column="kind" label="Kind" sort={sort} />
          <Header label="From → to" />
          <Header label="Amount" />
          <Header column="target" label="Target" sort={sort} />
          <Header column="status" label="Status" sort={sort} />
        </>
      }
    >
      {commitments.map((c) => (
        <tr key={c.id} className="border-b border-line align-top last:border-0">
          <td className="px-3 py-2">
            <Link href={withAsOf(`/commitments/${c.id}`, asOf)} className="font-medium text-accent hover:underline">
              {c.title}
            </Link>
            {c.event ? <span className="mt-0.5 block text-xs text-muted">{c.event.title}</span> : null}
          </td>
          <td className="px-3 py-2">{KIND_LABELS[c.kind] ?? c.kind}</td>
          <td className="whitespace-nowrap px-3 py-2">
            <abbr title={sidesTitle(c.sides)} className="no-underline">
              {sidesLabelOfJson(c)}
            </abbr>
          </td>
          <td className="whitespace-nowrap px-3 py-2 tabular-nums">{formatAmount(c.amount)}</td>
          <td className="whitespace-nowrap px-3 py-2">{formatDateJson(c.target)}</td>
          <td className="px-3 py-2">
            <span className="flex flex-wrap gap-1">
              <StatusBadge status={c.status} />
              {c.overdue ? <OverdueBadge /> : null}
            </span>
          </td>
        </tr>
      ))}
    </TableFrame>
  );
}
