import type { CountryPairView } from "@/lib/countries/queries";
import { StatusBadge } from "../status-badge";

/** Commitments between two countries by status and giving side, as a table a reader can scan or copy. */
export function PairCounts({ pair, asOf }: { pair: CountryPairView; asOf: string | undefined }) {
  const { first, second, byStatus, totals } = pair;
  const aToB = `${first.name} → ${second.name}`;
  const bToA = `${second.name} → ${first.name}`;
  return (
    <div className="overflow-x-auto rounded border border-line bg-white">
      <table className="w-full text-left text-sm tabular-nums">
        <caption className="px-3 py-2 text-left text-sm text-muted">
          Commitments by status{asOf ? " on the as-of day" : ""} and by the side that made them (the giver; both, for a
          mutual commitment).
        </caption>
        <thead className="border-y border-line bg-slate-50 text-xs uppercase tracking-wide text-muted">
          <tr>
            <th scope="col" className="px-3 py-2">
              Status
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {aToB}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {bToA}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              Mutual
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              All
            </th>
          </tr>
        </thead>
        <tbody>
          {byStatus.map((row) => (
            <tr
              key={row.status}
              className={`border-b border-line ${row.aToB + row.bToA + row.mutual === 0 ? "text-muted" : ""}`}
            >
              <th scope="row" className="px-3 py-2 font-normal">
                <StatusBadge status={row.status} />
              </th>
              <td className="px-3 py-2 text-right">{row.aToB}</td>
              <td className="px-3 py-2 text-right">{row.bToA}</td>
              <td className="px-3 py-2 text-right">{row.mutual}</td>
              <td className="px-3 py-2 text-right">{row.aToB + row.bToA + row.mutual}</td>
            </tr>
          ))}
        </tbody>
        <tfoot className="font-semibold">
          <tr>
            <th scope="row" className="px-3 py-2">
              All commitments
            </th>
            <td className="px-3 py-2 text-right" data-testid="total-a-to-b">
              {totals.aToB}
            </td>
            <td className="px-3 py-2 text-right" data-testid="total-b-to-a">
              {totals.bToA}
            </td>
            <td className="px-3 py-2 text-right" data-testid="total-mutual">
              {totals.mutual}
            </td>
            <td className="px-3 py-2 text-right" data-testid="total-both">
              {totals.aToB + totals.bToA + totals.mutual}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
