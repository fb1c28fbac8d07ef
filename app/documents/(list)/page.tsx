import type { Metadata } from "next";
import { AsOfBanner } from "@/components/as-of-banner";
import { DocumentTable } from "@/components/documents/document-table";
import { Pagination } from "@/components/pagination";
import { FilterForm } from "@/components/records/filter-form";
import { IgnoredParams } from "@/components/records/ignored-params";
import { PageHeader } from "@/components/ui/page-header";
import { EditorLink } from "@/components/records/editor-link";
import { readAsOf } from "@/lib/as-of/url";
import { listCountries } from "@/lib/countries/queries";
import { listDocumentItems } from "@/lib/documents/queries";
import { DOCUMENT_KINDS, DOCUMENT_STATUSES, documentFilterSchema } from "@/lib/documents/schema";
import { humanize } from "@/lib/format/labels";
import { isFiltered, keptQuery, parsePageFilter, single, type SearchParams } from "@/lib/records/search-params";

export const metadata: Metadata = { title: "Documents" };

const FILTER_KEYS = ["q", "kind", "status", "country", "signedFrom", "signedTo"] as const;

const SORTS = [
  { value: "signed", label: "Signed, oldest first" },
  { value: "-signed", label: "Signed, newest first" },
  { value: "title", label: "Title, A–Z" },
  { value: "-title", label: "Title, Z–A" },
];

export default async function DocumentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const asOf = readAsOf(params);
  const parsed = parsePageFilter(documentFilterSchema, params, ["page", "sort", ...FILTER_KEYS]);
  const filter = { ...parsed.filter, asOf };
  const [result, countries] = await Promise.all([listDocumentItems(filter), listCountries()]);
  const filtered = isFiltered(filter, FILTER_KEYS);
  return (
    <div className="space-y-6">
      <AsOfBanner asOf={asOf} />
      <PageHeader
        eyebrow="Signed instruments"
        title="Documents"
        actions={<EditorLink href="/documents/new">New document</EditorLink>}
      >
        Cooperation plans, action programmes, memoranda and agreements, by the date they were signed.{" "}
        {result.total === 1 ? "1 document" : `${result.total} documents`}.
      </PageHeader>
      <FilterForm
        action="/documents"
        asOf={asOf}
        active={filtered}
        search={{ value: filter.q, placeholder: "Words in the title or description" }}
        sort={{ value: filter.sort, options: SORTS }}
        fields={[
          {
            name: "kind",
            label: "Kind",
            value: single(filter.kind),
            options: DOCUMENT_KINDS.map((k) => ({ value: k, label: humanize(k) })),
          },
          {
            name: "status",
            label: "Status",
            value: single(filter.status),
            options: DOCUMENT_STATUSES.map((s) => ({ value: s, label: humanize(s) })),
          },
          {
            type: "country",
            name: "country",
            label: "Party",
            value: single(filter.country),
            countries,
          },
          { type: "date", name: "signedFrom", label: "Signed from", value: filter.signedFrom },
          { type: "date", name: "signedTo", label: "Signed to", value: filter.signedTo },
        ]}
      />
      <IgnoredParams problems={parsed.problems} />
      <DocumentTable
        documents={result.data}
        asOf={asOf}
        caption="Documents with their kind, parties, signing date and status"
        empty={`${filtered ? "No documents match these filters." : asOf ? "No documents known on this day." : "No documents recorded yet."}${asOf ? " Documents signed later are hidden." : ""}`}
      />
      <Pagination
        page={result.page}
        pageSize={result.pageSize}
        total={result.total}
        basePath="/documents"
        query={keptQuery(filter, [...FILTER_KEYS, "sort"], asOf, { sort: "signed" })}
      />
    </div>
  );
}
