import type { Metadata } from "next";
import { AsOfBanner } from "@/components/as-of-banner";
import { ActiveFilters } from "@/components/commitments/active-filters";
import { CommitmentTable } from "@/components/commitments/commitment-table";
import { CommitmentFilterForm } from "@/components/commitments/filter-form";
import { ExportLinks } from "@/components/commitments/export-links";
import { FeedLink, feedAlternates } from "@/components/feed-link";
import { ParamProblems } from "@/components/param-problems";
import { Pagination } from "@/components/pagination";
import { EditorLink } from "@/components/records/editor-link";
import { PageHeader } from "@/components/ui/page-header";
import { parsePageFilter, type SearchParams } from "@/lib/records/search-params";
import { listCommitmentSummaries } from "@/lib/commitments/queries";
import { commitmentFilterSchema } from "@/lib/commitments/schema";
import { activeFilterCount, filterToQuery, queryString } from "@/lib/commitments/url";
import { listCountries } from "@/lib/countries/queries";
import { filterFeedPath, overdueFeedPath } from "@/lib/feeds/url";
import { listSectors } from "@/lib/sectors/queries";

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { filter } = parsePageFilter(commitmentFilterSchema, await searchParams);
  return {
    title: "Commitments",
    alternates: feedAlternates([
      { href: filterFeedPath(filter), title: "Status changes of these commitments" },
      { href: overdueFeedPath(filter), title: "These commitments becoming overdue" },
    ]),
  };
}

export default async function CommitmentsPage({ searchParams }: Props) {
  const { filter, problems } = parsePageFilter(commitmentFilterSchema, await searchParams);
  const [result, sectors, countries] = await Promise.all([
    listCommitmentSummaries(filter),
    listSectors(),
    listCountries(),
  ]);
  const sortHref = (sort: string) =>
    `/commitments${queryString(filterToQuery(filter, { sort: sort === "target" ? undefined : sort, page: undefined }))}`;
  const first = (result.page - 1) * result.pageSize + 1;
  return (
    <div className="space-y-6">
      <AsOfBanner asOf={filter.asOf} />
      <PageHeader
        title="Commitments"
        actions={
          <>
            <EditorLink href="/commitments/new">New commitment</EditorLink>
            <ExportLinks filter={filter} />
            <FeedLink href={filterFeedPath(filter)} what="status changes of these commitments" />
          </>
        }
      >
        {result.total === 0
          ? "No commitment matches these filters."
          : `${result.total} commitment${result.total === 1 ? "" : "s"}${result.total > result.data.length ? `, showing ${first}–${first + result.data.length - 1}` : ""}.`}
      </PageHeader>
      <ParamProblems problems={problems} />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[17rem_minmax(0,1fr)]">
        <aside>
          {/* One form, folded away on phones so the results come first and always unfolded on wide
              screens (globals.css): rendering it once for each was a tenth of the page. */}
          <details className="filter-panel">
            <summary className="cursor-pointer rounded border border-line bg-white px-3 py-2 text-sm font-semibold">
              Filters{activeFilterCount(filter) ? ` (${activeFilterCount(filter)} in force)` : ""}
            </summary>
            <div className="mt-2 lg:mt-0">
              <CommitmentFilterForm filter={filter} sectors={sectors} countries={countries} />
            </div>
          </details>
        </aside>
        <div className="min-w-0 space-y-4">
          <ActiveFilters filter={filter} sectors={sectors} />
          <CommitmentTable
            commitments={result.data}
            asOf={filter.asOf}
            sort={{ current: filter.sort, href: sortHref }}
            empty="No commitments match these filters. Remove a filter to widen the view."
          />
          <Pagination
            page={result.page}
            pageSize={result.pageSize}
            total={result.total}
            basePath="/commitments"
            query={filterToQuery(filter)}
          />
        </div>
      </div>
    </div>
  );
}
