import type { Metadata } from "next";
import { AsOfBanner } from "@/components/as-of-banner";
import { ParamProblems } from "@/components/param-problems";
import { SearchResults } from "@/components/search/search-results";
import { PageHeader } from "@/components/ui/page-header";
import { parsePageFilter, type SearchParams } from "@/lib/records/search-params";
import { search } from "@/lib/search/queries";
import { searchQuerySchema } from "@/lib/search/schema";

export const metadata: Metadata = { title: "Search" };

export default async function SearchPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { filter: query, problems } = parsePageFilter(searchQuerySchema, await searchParams);
  const results = await search(query);
  return (
    <div className="space-y-6">
      <AsOfBanner asOf={query.asOf} />
      <PageHeader title="Search">
        {query.q
          ? `${results.total} result${results.total === 1 ? "" : "s"} in English and French, best first.`
          : "Commitments, events, documents, sources, people and organizations."}
      </PageHeader>
      <ParamProblems problems={problems} />
      <form method="get" action="/search" role="search" className="flex max-w-2xl gap-2">
        <label htmlFor="search-q" className="sr-only">
          Search words
        </label>
        <input
          id="search-q"
          type="search"
          name="q"
          defaultValue={query.q}
          placeholder="cybersécurité, Viettel, radio…"
          className="min-w-0 flex-1 rounded border border-line bg-white px-3 py-2"
        />
        {query.asOf ? <input type="hidden" name="asOf" value={query.asOf} /> : null}
        <button type="submit" className="rounded bg-accent px-4 py-2 font-medium text-white">
          Search
        </button>
      </form>
      <SearchResults results={results} asOf={query.asOf} />
    </div>
  );
}
