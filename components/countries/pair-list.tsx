import type { CountryPairSummary } from "@/lib/countries/queries";
import { STATUSES, STATUS_LABELS } from "@/lib/status/rules";
import { RecordLink } from "../records/record-link";
import { EmptyState } from "../ui/empty-state";

const NUMBER = "px-3 py-2 text-right";

/** The statuses a reader scans for, in their order; the rest are in the row's title. */
function StatusCounts({ byStatus }: { byStatus: CountryPairSummary["commitments"]["byStatus"] }) {
  const present = STATUSES.filter((s) => byStatus[s] > 0);
  if (present.length === 0) return <span className="text-muted">—</span>;
  return (
    <ul className="flex flex-wrap gap-x-3 gap-y-0.5">
      {present.map((s) => (
        <li key={s} className="whitespace-nowrap">
          {STATUS_LABELS[s]} <span className="font-medium">{byStatus[s]}</span>
        </li>
      ))}
    </ul>
  );
}

export function PairList({ pairs, asOf }: { pairs: readonly CountryPairSummary[]; asOf: string | undefined }) {
  if (pairs.length === 0) {
    return (
      <EmptyState>
        No commitment, event or document between two countries recorded{asOf ? " by the as-of day" : " yet"}.
      </EmptyState>
    );
  }
  return (
    <div className="overflow-x-auto rounded border border-line bg-white">
      <table className="w-full text-left text-sm tabular-nums">
        <caption className="sr-only">
          Pairs of countries with the commitments between them by direction and status, and their events and documents
        </caption>
        <thead className="border-b border-line bg-slate-50 text-xs uppercase tracking-wide text-muted">
          <tr>
            <th scope="col" className="px-3 py-2">
              Countries
            </th>
            <th scope="col" className={NUMBER}>
              Commitments
            </th>
            <th scope="col" className={NUMBER}>
              Each way and mutual
            </th>
            <th scope="col" className="px-3 py-2">
              By status
            </th>
            <th scope="col" className={NUMBER}>
              Events
            </th>
            <th scope="col" className={NUMBER}>
              Documents
            </th>
            <th scope="col" className="px-3 py-2">
              Latest year
            </th>
          </tr>
        </thead>
        <tbody>
          {pairs.map((p) => {
            return (
              <tr key={`${p.first.code}-${p.second.code}`} className="border-b border-line align-top last:border-0">
                <th scope="row" className="px-3 py-2 font-normal">
                  <RecordLink href={`/countries/${p.first.code}-${p.second.code}`} asOf={asOf} className="font-medium">
                    {p.first.name} ↔ {p.second.name}
                  </RecordLink>
                </th>
                <td className={NUMBER}>{p.commitments.total}</td>
                <td className={`${NUMBER} whitespace-nowrap`}>
                  <span title={`${p.first.name} → ${p.second.name}`}>{p.commitments.firstToSecond} →</span>{" "}
                  <span title={`${p.second.name} → ${p.first.name}`}>← {p.commitments.secondToFirst}</span>{" "}
                  <span title="Mutual">↔ {p.commitments.mutual}</span>
                </td>
                <td className="px-3 py-2">
                  <StatusCounts byStatus={p.commitments.byStatus} />
                </td>
                <td className={NUMBER}>{p.events}</td>
                <td className={NUMBER}>{p.documents}</td>
                {/* The year only: the latest date's precision (a day, a month, a year) is not kept by the count. */}
                <td className="px-3 py-2">{p.latest ? p.latest.slice(0, 4) : "—"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
