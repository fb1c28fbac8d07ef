import type { CountryPairSummary } from "@/lib/countries/queries";
import { RecordLink } from "../records/record-link";
import { EmptyState } from "../ui/empty-state";

export function PairList({ pairs, asOf }: { pairs: readonly CountryPairSummary[]; asOf: string | undefined }) {
  if (pairs.length === 0) {
    return (
      <EmptyState>
        No commitment or event between two countries recorded{asOf ? " by the as-of day" : " yet"}.
      </EmptyState>
    );
  }
  return (
    <div className="overflow-x-auto rounded border border-line bg-white">
      <table className="w-full text-left text-sm tabular-nums">
        <caption className="sr-only">Pairs of countries with the number of commitments and events between them</caption>
        <thead className="border-b border-line bg-slate-50 text-xs uppercase tracking-wide text-muted">
          <tr>
            <th scope="col" className="px-3 py-2">
              Countries
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              Commitments
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              Events
            </th>
          </tr>
        </thead>
        <tbody>
          {pairs.map((p) => (
            <tr key={`${p.first.code}-${p.second.code}`} className="border-b border-line last:border-0">
              <th scope="row" className="px-3 py-2 font-normal">
                <RecordLink href={`/countries/${p.first.code}-${p.second.code}`} asOf={asOf} className="font-medium">
                  {p.first.name} ↔ {p.second.name}
                </RecordLink>
              </th>
              <td className="px-3 py-2 text-right">{p.commitments}</td>
              <td className="px-3 py-2 text-right">{p.events}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
