import Link from "next/link";
import type { CommitmentFilter } from "@/lib/commitments/schema";
import { filterToQuery, queryString } from "@/lib/commitments/url";
import { KIND_LABELS, humanize } from "@/lib/format/labels";
import { STATUS_LABELS, isStatus } from "@/lib/status/rules";

const LABELS: Record<string, string> = {
  status: "Status",
  kind: "Kind",
  sector: "Sector",
  from: "From",
  to: "To",
  country: "Country",
  pair: "Between",
  direction: "Direction",
  overdue: "Overdue",
  targetFrom: "Target from",
  targetTo: "Target to",
  eventFrom: "Event from",
  eventTo: "Event to",
  eventId: "Event",
  documentId: "Document",
  q: "Search",
};

function valueLabel(key: string, value: string, sectorNames: ReadonlyMap<string, string>): string {
  if (key === "status")
    return value
      .split(",")
      .map((v) => (isStatus(v) ? STATUS_LABELS[v] : v))
      .join(", ");
  if (key === "kind")
    return value
      .split(",")
      .map((v) => KIND_LABELS[v] ?? v)
      .join(", ");
  if (key === "sector")
    return value
      .split(",")
      .map((code) => sectorNames.get(code) ?? humanize(code))
      .join(", ");
  if (key === "overdue") return value === "true" ? "only" : "excluded";
  if (key === "direction") return value === "mutual" ? "mutual" : "one-way";
  if (key === "pair") return value.replace("-", " ↔ ");
  return value;
}

/** The filters in force, each removable on its own. */
export function ActiveFilters({
  filter,
  sectors = [],
}: {
  filter: CommitmentFilter;
  sectors?: readonly { code: string; name: string }[];
}) {
  const sectorNames = new Map(sectors.map((s) => [s.code, s.name]));
  const query = filterToQuery(filter, { page: undefined });
  const keys = Object.keys(query).filter((k) => k in LABELS);
  if (keys.length === 0) return null;
  return (
    <ul aria-label="Filters in force" className="flex flex-wrap gap-2">
      {keys.map((key) => (
        <li key={key}>
          <Link
            href={`/commitments${queryString(filterToQuery(filter, { page: undefined, [key]: undefined }))}`}
            className="inline-flex items-center gap-1 rounded-full border border-line bg-white px-3 py-0.5 text-sm hover:border-accent"
          >
            <span className="text-muted">{LABELS[key]}:</span> {valueLabel(key, query[key]!, sectorNames)}
            <span aria-hidden="true" className="text-muted">
              ×
            </span>
            <span className="sr-only">(remove this filter)</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
