import Link from "next/link";
import { CountBarChart, type Bar } from "./bar-chart";

export interface CountRow {
  key: string;
  label: string;
  count: number;
  color: string;
  href: string;
}

/** A chart and the same figures as a table: the table is what screen readers and copy-paste get. */
export function CountCard({ title, rows, total }: { title: string; rows: CountRow[]; total: number }) {
  const bars: Bar[] = rows.map((r) => ({ label: r.label, value: r.count, color: r.color }));
  return (
    <section aria-label={title} className="space-y-2 rounded border border-line bg-white p-4">
      <h2 className="font-serif text-lg font-semibold">{title}</h2>
      {rows.length ? <CountBarChart bars={bars} /> : null}
      <table className="w-full text-sm">
        <caption className="sr-only">{title}: number of commitments</caption>
        <thead className="sr-only">
          <tr>
            <th scope="col">{title}</th>
            <th scope="col">Commitments</th>
            <th scope="col">Share</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className="border-t border-line">
              <th scope="row" className="py-1 text-left font-normal">
                <span
                  aria-hidden="true"
                  className="mr-2 inline-block h-2.5 w-2.5 rounded-sm"
                  style={{ background: r.color }}
                />
                <Link href={r.href} className="text-accent hover:underline">
                  {r.label}
                </Link>
              </th>
              <td className="py-1 text-right tabular-nums">{r.count}</td>
              <td className="w-16 py-1 text-right tabular-nums text-muted">
                {total ? Math.round((r.count / total) * 100) : 0}%
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
