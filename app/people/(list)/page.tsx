import type { Metadata } from "next";
import { AsOfBanner } from "@/components/as-of-banner";
import { Pagination } from "@/components/pagination";
import { PersonTable } from "@/components/people/person-table";
import { FilterForm } from "@/components/records/filter-form";
import { IgnoredParams } from "@/components/records/ignored-params";
import { PageHeader } from "@/components/ui/page-header";
import { EditorLink } from "@/components/records/editor-link";
import { readAsOf } from "@/lib/as-of/url";
import { listCountries } from "@/lib/countries/queries";
import { listPersonItems } from "@/lib/people/queries";
import { personFilterSchema } from "@/lib/people/schema";
import { isFiltered, keptQuery, parsePageFilter, single, type SearchParams } from "@/lib/records/search-params";

export const metadata: Metadata = { title: "People" };

const FILTER_KEYS = ["q", "country"] as const;

const SORTS = [
  { value: "name", label: "Name, A–Z" },
  { value: "-name", label: "Name, Z–A" },
];

export default async function PeoplePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const asOf = readAsOf(params);
  const parsed = parsePageFilter(personFilterSchema, params, ["page", "sort", ...FILTER_KEYS]);
  const filter = { ...parsed.filter, asOf };
  const [result, countries] = await Promise.all([listPersonItems(filter), listCountries()]);
  const filtered = isFiltered(filter, FILTER_KEYS);
  return (
    <div className="space-y-6">
      <AsOfBanner asOf={asOf} />
      <PageHeader eyebrow="Who is who" title="People" actions={<EditorLink href="/people/new">New person</EditorLink>}>
        Ministers, leaders and officials named in the sources, with the offices they held.{" "}
        {result.total === 1 ? "1 person" : `${result.total} people`}.
      </PageHeader>
      <FilterForm
        action="/people"
        asOf={asOf}
        active={filtered}
        search={{ value: filter.q, placeholder: "A name, another spelling or a title" }}
        sort={{ value: filter.sort, options: SORTS }}
        fields={[
          {
            type: "country",
            name: "country",
            label: "Country",
            value: single(filter.country),
            countries,
          },
        ]}
      />
      <IgnoredParams problems={parsed.problems} />
      <PersonTable
        people={result.data}
        asOf={asOf}
        empty={filtered ? "No people match these filters." : "No people recorded yet."}
      />
      <Pagination
        page={result.page}
        pageSize={result.pageSize}
        total={result.total}
        basePath="/people"
        query={keptQuery(filter, [...FILTER_KEYS, "sort"], asOf, { sort: "name" })}
      />
    </div>
  );
}
