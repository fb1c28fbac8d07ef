import type { Metadata } from "next";
import { AsOfBanner } from "@/components/as-of-banner";
import { OrganizationTable } from "@/components/organizations/organization-table";
import { Pagination } from "@/components/pagination";
import { FilterForm } from "@/components/records/filter-form";
import { IgnoredParams } from "@/components/records/ignored-params";
import { PageHeader } from "@/components/ui/page-header";
import { EditorLink } from "@/components/records/editor-link";
import { readAsOf } from "@/lib/as-of/url";
import { listCountries } from "@/lib/countries/queries";
import { organizationKindLabel, SCOPE_LABELS } from "@/lib/organizations/labels";
import { listOrganizationItems } from "@/lib/organizations/queries";
import { ORGANIZATION_KINDS, ORGANIZATION_SCOPES, organizationFilterSchema } from "@/lib/organizations/schema";
import { isFiltered, keptQuery, parsePageFilter, single, type SearchParams } from "@/lib/records/search-params";

export const metadata: Metadata = { title: "Organizations" };

const FILTER_KEYS = ["q", "scope", "kind", "country"] as const;

const SORTS = [
  { value: "name", label: "Name, A–Z" },
  { value: "-name", label: "Name, Z–A" },
];

export default async function OrganizationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const asOf = readAsOf(params);
  const parsed = parsePageFilter(organizationFilterSchema, params, ["page", "sort", ...FILTER_KEYS]);
  const filter = { ...parsed.filter, asOf };
  const [result, countries] = await Promise.all([listOrganizationItems(filter), listCountries()]);
  const filtered = isFiltered(filter, FILTER_KEYS);
  return (
    <div className="space-y-6">
      <AsOfBanner asOf={asOf} />
      <PageHeader
        eyebrow="Who is who"
        title="Organizations"
        actions={<EditorLink href="/organizations/new">New organization</EditorLink>}
      >
        Governments, ministries, state media and enterprises of one country; international bodies such as ASEAN or UN
        agencies; bilateral bodies such as joint committees; with the other names the press uses for them.{" "}
        {result.total === 1 ? "1 organization" : `${result.total} organizations`}.
      </PageHeader>
      <FilterForm
        action="/organizations"
        asOf={asOf}
        active={filtered}
        search={{ value: filter.q, placeholder: "A name in English or French, or another name" }}
        sort={{ value: filter.sort, options: SORTS }}
        fields={[
          {
            name: "scope",
            label: "Scope",
            value: single(filter.scope),
            options: ORGANIZATION_SCOPES.map((s) => ({ value: s, label: SCOPE_LABELS[s] })),
          },
          {
            name: "kind",
            label: "Kind",
            value: single(filter.kind),
            options: ORGANIZATION_KINDS.map((k) => ({ value: k, label: organizationKindLabel(k) })),
          },
          {
            type: "country",
            name: "country",
            label: "Country",
            value: single(filter.country),
            countries,
          },
        ]}
      />
      {filter.country?.length ? (
        <p className="text-sm text-muted">
          A country&apos;s organizations include the international and bilateral bodies it is a member of.
        </p>
      ) : null}
      <IgnoredParams problems={parsed.problems} />
      <OrganizationTable
        organizations={result.data}
        asOf={asOf}
        empty={filtered ? "No organizations match these filters." : "No organizations recorded yet."}
      />
      <Pagination
        page={result.page}
        pageSize={result.pageSize}
        total={result.total}
        basePath="/organizations"
        query={keptQuery(filter, [...FILTER_KEYS, "sort"], asOf, { sort: "name" })}
      />
    </div>
  );
}
