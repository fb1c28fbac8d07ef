import type { Metadata } from "next";
import { AsOfBanner } from "@/components/as-of-banner";
import { OrganizationTable } from "@/components/organizations/organization-table";
import { Pagination } from "@/components/pagination";
import { FilterForm } from "@/components/records/filter-form";
import { IgnoredParams } from "@/components/records/ignored-params";
import { PageHeader } from "@/components/ui/page-header";
import { readAsOf } from "@/lib/as-of/url";
import { listCountries } from "@/lib/countries/queries";
import { humanize } from "@/lib/format/labels";
import { listOrganizationPage } from "@/lib/organizations/queries";
import { ORGANIZATION_KINDS, organizationFilterSchema } from "@/lib/organizations/schema";
import { keptQuery, parsePageFilter, type SearchParams } from "@/lib/records/search-params";

export const metadata: Metadata = { title: "Organizations" };

const FILTER_KEYS = ["kind", "country"] as const;

const single = (values: readonly string[] | undefined) => (values?.length === 1 ? values[0] : undefined);

export default async function OrganizationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const asOf = readAsOf(params);
  const { filter, ignored } = parsePageFilter(organizationFilterSchema, params, ["page", ...FILTER_KEYS]);
  const [result, countries] = await Promise.all([listOrganizationPage(filter), listCountries()]);
  const filtered = Boolean(filter.kind?.length || filter.country?.length);
  return (
    <div className="space-y-6">
      <AsOfBanner asOf={asOf} />
      <PageHeader eyebrow="Who is who" title="Organizations">
        Governments, ministries, state media and enterprises, with the other names the press uses for them.{" "}
        {result.total === 1 ? "1 organization" : `${result.total} organizations`}.
      </PageHeader>
      <FilterForm action="/organizations" asOf={asOf} active={filtered} fields={[
        { name: "kind", label: "Kind", value: single(filter.kind), options: ORGANIZATION_KINDS.map((k) => ({ value: k, label: humanize(k) })) },
        { name: "country", label: "Country", value: single(filter.country), options: countries.map((c) => ({ value: c.code, label: c.name })) },
      ]} />
      <IgnoredParams keys={ignored} />
      <OrganizationTable organizations={result.data} asOf={asOf} empty={filtered ? "No organizations match these filters." : "No organizations recorded yet."} />
      <Pagination page={result.page} pageSize={result.pageSize} total={result.total} basePath="/organizations" query={keptQuery(filter, FILTER_KEYS, asOf)} />
    </div>
  );
}
