import type { PositionView } from "@/lib/people/positions";
import { DateText } from "../records/date-text";
import { RecordLink } from "../records/record-link";
import { EmptyState } from "../ui/empty-state";

/** The term of a position as the sources give it; an open end reads "since", an unknown one says so. */
export function Term({ from, to }: Pick<PositionView, "from" | "to">) {
  if (from && to) return <DateText start={from} end={to} />;
  if (from)
    return (
      <>
        since <DateText start={from} />
      </>
    );
  if (to)
    return (
      <>
        until <DateText start={to} />
      </>
    );
  return <span className="text-muted">Dates not stated</span>;
}

/** The offices a person held, each with its organization and term. */
export function PositionList({ positions, asOf }: { positions: readonly PositionView[]; asOf: string | undefined }) {
  if (positions.length === 0) return <EmptyState>No position recorded.</EmptyState>;
  return (
    <ul className="divide-y divide-line rounded border border-line bg-white">
      {positions.map((p) => (
        <li key={p.id} className="px-4 py-3">
          <p className="font-medium">{p.label}</p>
          <p className="text-sm text-muted">
            {p.organization ? (
              <>
                <RecordLink href={`/organizations/${p.organization.id}`} asOf={asOf}>
                  {p.organization.name}
                </RecordLink>{" "}
                ·{" "}
              </>
            ) : null}
            <Term from={p.from} to={p.to} />
          </p>
        </li>
      ))}
    </ul>
  );
}
