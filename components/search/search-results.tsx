import Link from "next/link";
import type { SearchResults as Results } from "@/lib/search/queries";
import type { SearchType } from "@/lib/search/schema";
import { withAsOf } from "@/lib/as-of/url";
import { EmptyState } from "../ui/empty-state";
import { MarkedText } from "./marked-text";

export const TYPE_LABELS: Record<SearchType, [string, string]> = {
  commitment: ["Commitment", "Commitments"],
  event: ["Event", "Events"],
  document: ["Document", "Documents"],
  source: ["Source", "Sources"],
  person: ["Person", "People"],
  organization: ["Organization", "Organizations"],
};

const PATHS: Record<SearchType, string> = {
  commitment: "/commitments",
  event: "/events",
  document: "/documents",
  source: "/sources",
  person: "/people",
  organization: "/organizations",
};

export function SearchResults({ results, asOf }: { results: Results; asOf?: string }) {
  if (!results.query.trim())
    return <EmptyState>Type a few words: a project, a person, a ministry, a place. Accents are optional.</EmptyState>;
  if (results.total === 0)
    return <EmptyState>Nothing matches “{results.query.slice(0, 200)}”. Try fewer or shorter words.</EmptyState>;
  return (
    <div className="space-y-8">
      {results.groups.map((group) => (
        <section key={group.type} aria-labelledby={`results-${group.type}`} className="space-y-2">
          <h2 id={`results-${group.type}`} className="font-serif text-xl font-semibold">
            {TYPE_LABELS[group.type][1]}{" "}
            <span className="text-base font-normal text-muted">({results.counts[group.type]})</span>
          </h2>
          <ol className="divide-y divide-line rounded border border-line bg-white">
            {group.hits.map((hit) => (
              <li key={hit.id} className="space-y-1 px-4 py-3">
                <Link
                  href={withAsOf(`${PATHS[hit.type]}/${hit.id}`, asOf)}
                  className="font-medium text-accent hover:underline"
                >
                  <MarkedText value={hit.title} />
                </Link>
                {hit.snippet.text.trim() ? (
                  <p className="text-sm text-muted">
                    <MarkedText value={hit.snippet} />
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
          {results.counts[group.type] > group.hits.length ? (
            <p className="text-sm text-muted">
              Showing the best {group.hits.length} of {results.counts[group.type]}.
              {group.type === "commitment" ? (
                <>
                  {" "}
                  <Link
                    href={withAsOf(`/commitments?q=${encodeURIComponent(results.query)}`, asOf)}
                    className="text-accent underline"
                  >
                    See them all in the table
                  </Link>
                  .
                </>
              ) : null}
            </p>
          ) : null}
        </section>
      ))}
    </div>
  );
}
