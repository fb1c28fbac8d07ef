import type { CountryPairView } from "@/lib/countries/queries";
import { StatusBadge } from "../status-badge";

const CELL = "px-3 py-2 text-right";

/**
 * Commitments between two countries by status and direction — each way, and mutual ones (both
 * parties) counted once in their own column — as a table a reader can scan or copy.
 */
export function PairCounts({ pair, asOf }: { pair: CountryPairView; asOf: string | undefined }) {
  const { first, second, byStatus, totals } = pair;
  const all = totals.aToB + totals.bToA + totals.mutual;
  return (
    <div className="overflow-x-auto rounded border border-line bg-white">
      <table className="w-full text-left text-sm tabular-nums">
        <caption className="px-3 py-2 text-left text-sm text-muted">
          Commitments by status{asOf ? " on the as-of day" : ""}: made by one country to the other, or mutual (both
          committed to each other).
        </caption>
        <thead className="border-y border-line bg-slate-50 text-xs uppercase tracking-wide text-muted">
          <tr>
            <th scope="col" className="px-3 py-2">
              Status
            </th>
            <th scope="col" className={CELL}>
              {first.name} → {second.name}
            </th>
            <th scope="col" className={CELL}>
              {second.name} → {first.name}
            </th>
            <th scope="col" className={CELL}>
              Mutual
            </th>
            <th scope="col" className={CELL}>
              All
            </th>
          </tr>
        </thead>
        <tbody>
          {byStatus.map((row) => {
            const sum = row.aToB + row.bToA + row.mutual;
            return (
              <tr key={row.status} className={`border-b border-line ${sum === 0 ? "text-muted" : ""}`}>
                <th scope="row" className="px-3 py-2 font-normal">
                  <StatusBadge status={row.status} />
                </th>
                <td className={CELL}>{row.aToB}</td>
                <td className={CELL}>{row.bToA}</td>
                <td className={CELL}>{row.mutual}</td>
                <td className={CELL}>{sum}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot className="font-semibold">
          <tr>
            <th scope="row" className="px-3 py-2">
              All commitments
            </th>
            <td className={CELL} data-testid="total-a-to-b">
              {totals.aToB}
            </td>
            <td className={CELL} data-testid="total-b-to-a">
              {totals.bToA}
            </td>
            <td className={CELL} data-testid="total-mutual">
              {totals.mutual}
            </td>
            <td className={CELL} data-testid="total-both">
              {all}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
