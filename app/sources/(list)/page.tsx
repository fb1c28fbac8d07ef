import type { Metadata } from "next";
import Link from "next/link";
import { AsOfBanner } from "@/components/as-of-banner";
import { Pagination } from "@/components/pagination";
import { FilterForm } from "@/components/records/filter-form";
import { IgnoredParams } from "@/components/records/ignored-params";
import { SourceTable } from "@/components/sources/source-table";
import { EmptyState } from "@/components/ui/empty-state";
import { EditorLink } from "@/components/records/editor-link";
import { PageHeader } from "@/components/ui/page-header";
import { readAsOf } from "@/lib/as-of/url";
import {
  isFiltered,
  keptQuery,
  listHref,
  parsePageFilter,
  single,
  type SearchParams,
} from "@/lib/records/search-params";
import { languageName } from "@/lib/sources/compare";
import { listSources, sourceLanguages } from "@/lib/sources/queries";
import { SOURCES_PAGE_SIZE, sourceFilterSchema } from "@/lib/sources/schema";

export const metadata: Metadata = { title: "Sources" };

const FILTER_KEYS = ["q", "language", "publishedFrom", "publishedTo"] as const;

const SORTS = [
  { value: "published", label: "Published, oldest first" },
  { value: "-published", label: "Published, newest first" },
  { value: "title", label: "Title, A–Z" },
  { value: "-title", label: "Title, Z–A" },
];

export default async function SourcesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const asOf = readAsOf(params);
  const parsed = parsePageFilter(sourceFilterSchema, params, ["page", "sort", ...FILTER_KEYS]);
  const filter = { ...parsed.filter, pageSize: SOURCES_PAGE_SIZE, asOf };
  const [result, languages] = await Promise.all([listSources(filter), sourceLanguages(asOf)]);
  const language = single(filter.language);
  // A language no source has (yet, or as of the day) stays selected rather than silently reset.
  const languageOptions =
    language && !languages.some((l) => l.language === language) ? [...languages, { language, count: 0 }] : languages;
  const query = keptQuery(filter, [...FILTER_KEYS, "sort"], asOf, { sort: "published" });
  return (
    <div className="space-y-6">
      <AsOfBanner asOf={asOf} />
      <PageHeader
        eyebrow="Evidence"
        title="Sources"
        actions={<EditorLink href="/sources/new">Paste an article</EditorLink>}
      >
        The articles and documents every record cites, with the quoted passages highlighted. {result.total}{" "}
        {language ? `in ${languageName(language)}` : "in all"}
        {asOf ? " published by that day" : ""}.
      </PageHeader>
      <FilterForm
        action="/sources"
        asOf={asOf}
        active={isFiltered(filter, FILTER_KEYS)}
        search={{ value: filter.q, placeholder: "Words in the title, publisher or text" }}
        sort={{ value: filter.sort, options: SORTS }}
        fields={[
          {
            name: "language",
            label: "Language",
            value: language,
            options: languageOptions.map((l) => ({
              value: l.language,
              label: `${languageName(l.language)} (${l.count})`,
            })),
          },
          { type: "date", name: "publishedFrom", label: "Published from", value: filter.publishedFrom },
          { type: "date", name: "publishedTo", label: "Published to", value: filter.publishedTo },
        ]}
      />
      <IgnoredParams problems={parsed.problems} />
      {result.data.length ? (
        <SourceTable sources={result.data} asOf={asOf} />
      ) : result.total ? (
        <EmptyState>
          There is no page {result.page}: the list ends on page {Math.ceil(result.total / result.pageSize)}.{" "}
          <Link
            href={listHref("/sources", query)}
            className="text-accent underline underline-offset-2 hover:decoration-2"
          >
            Back to the first page
          </Link>
        </EmptyState>
      ) : isFiltered(filter, ["q", "publishedFrom", "publishedTo"]) ? (
        <EmptyState>No source matches these filters.</EmptyState>
      ) : (
        <EmptyState>
          {asOf ? "No source had been published by that day" : "No source is recorded yet"}
          {language ? ` in ${languageName(language)}` : ""}.
        </EmptyState>
      )}
      <Pagination
        page={result.page}
        pageSize={result.pageSize}
        total={result.total}
        basePath="/sources"
        query={query}
      />
    </div>
  );
}
