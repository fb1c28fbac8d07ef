import type { Metadata } from "next";
import { AsOfBanner } from "@/components/as-of-banner";
import { Pagination } from "@/components/pagination";
import { PersonTable } from "@/components/people/person-table";
import { FilterForm } from "@/components/records/filter-form";
import { IgnoredParams } from "@/components/records/ignored-params";
import { PageHeader } from "@/components/ui/page-header";
import { readAsOf } from "@/lib/as-of/url";
import { listCountries } from "@/lib/countries/queries";
import { listPeoplePage } from "@/lib/people/queries";
import { personFilterSchema } from "@/lib/people/schema";
import { keptQuery, parsePageFilter, type SearchParams } from "@/lib/records/search-params";

export const metadata: Metadata = { title: "People" };

const FILTER_KEYS = ["country"] as const;

export default async function PeoplePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const asOf = readAsOf(params);
  const { filter, ignored } = parsePageFilter(personFilterSchema, params, ["page", ...FILTER_KEYS]);
  const [result, countries] = await Promise.all([listPeoplePage(filter), listCountries()]);
  const filtered = Boolean(filter.country?.length);
  return (
    <div className="space-y-6">
      <AsOfBanner asOf={asOf} />
      <PageHeader eyebrow="Who is who" title="People">
        Ministers, leaders and officials named in the sources, with the offices they held.{" "}
        {result.total === 1 ? "1 person" : `${result.total} people`}.
      </PageHeader>
      <FilterForm action="/people" asOf={asOf} active={filtered} fields={[
        { name: "country", label: "Country", value: filter.country?.length === 1 ? filter.country[0] : undefined, options: countries.map((c) => ({ value: c.code, label: c.name })) },
      ]} />
      <IgnoredParams keys={ignored} />
      <PersonTable people={result.data} asOf={asOf} empty={filtered ? "No people match this filter." : "No people recorded yet."} />
      <Pagination page={result.page} pageSize={result.pageSize} total={result.total} basePath="/people" query={keptQuery(filter, FILTER_KEYS, asOf)} />
    </div>
  );
}
