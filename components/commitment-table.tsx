import Link from "next/link";
import type { CommitmentJson } from "@/lib/commitments/serialize";
import { KIND_LABELS } from "@/lib/format/labels";
import { formatAmount, formatDateJson } from "@/lib/format/values";
import { OverdueBadge, StatusBadge } from "./status-badge";


export function CommitmentTable({ commitments }: { commitments: CommitmentJson[] }) {
  if (commitments.length === 0) {
    return <p className="rounded border border-dashed border-line p-6 text-muted">No commitments match.</p>;
  }
  return (
    <div className="overflow-x-auto rounded border border-line bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Commitments with their kind, direction, amount, target and status</caption>
        <thead className="border-b border-line bg-slate-50 text-xs uppercase tracking-wide text-muted">
          <tr>
            <th scope="col" className="px-3 py-2">Commitment</th>
            <th scope="col" className="px-3 py-2">Kind</th>
            <th scope="col" className="px-3 py-2">From → to</th>
            <th scope="col" className="px-3 py-2">Amount</th>
            <th scope="col" className="px-3 py-2">Target</th>
            <th scope="col" className="px-3 py-2">Status</th>
          </tr>
        </thead>
        <tbody>
          {commitments.map((c) => (
            <tr key={c.id} className="border-b border-line last:border-0 align-top">
              <td className="px-3 py-2">
                <Link href={`/commitments/${c.id}`} className="font-medium text-accent hover:underline">
                  {c.title}
                </Link>
              </td>
              <td className="px-3 py-2">{KIND_LABELS[c.kind] ?? c.kind}</td>
              <td className="px-3 py-2 whitespace-nowrap">
                <abbr title={c.from.countryName} className="no-underline">{c.from.country}</abbr> →{" "}
                <abbr title={c.to.countryName} className="no-underline">{c.to.country}</abbr>
              </td>
              <td className="px-3 py-2 whitespace-nowrap tabular-nums">{formatAmount(c.amount)}</td>
              <td className="px-3 py-2 whitespace-nowrap">{formatDateJson(c.target)}</td>
              <td className="px-3 py-2">
                <span className="flex flex-wrap gap-1">
                  <StatusBadge status={c.status} />
                  {c.overdue ? <OverdueBadge /> : null}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
