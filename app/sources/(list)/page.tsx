import type { Metadata } from "next";
import Link from "next/link";
import { AsOfBanner } from "@/components/as-of-banner";
import { Pagination } from "@/components/pagination";
import { LanguageFilter } from "@/components/sources/language-filter";
import { SourceTable } from "@/components/sources/source-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { readAsOf, withAsOf } from "@/lib/as-of/url";
import { languageName } from "@/lib/sources/compare";
import { listSources, sourceLanguages } from "@/lib/sources/queries";
import { SOURCES_PAGE_SIZE, paramString, sourcesPageSchema } from "@/lib/sources/schema";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: "Sources" };

export default async function SourcesPage({ searchParams }: Props) {
  const params = await searchParams;
  const asOf = readAsOf(params);
  const { page, language } = sourcesPageSchema.parse({ page: paramString(params.page), language: paramString(params.language) });
  const [result, languages] = await Promise.all([
    listSources({ page, pageSize: SOURCES_PAGE_SIZE, language: language ? [language] : undefined }, asOf),
    sourceLanguages(asOf),
  ]);
  return (
    <div className="space-y-6">
      <AsOfBanner asOf={asOf} />
      <PageHeader eyebrow="Evidence" title="Sources">
        The articles and documents every record cites, with the quoted passages highlighted. {result.total}{" "}
        {language ? `in ${languageName(language)}` : "in all"}{asOf ? " published by that day" : ""}.
      </PageHeader>
      <LanguageFilter languages={languages} current={language} asOf={asOf} />
      {result.data.length ? (
        <SourceTable sources={result.data} asOf={asOf} />
      ) : result.total ? (
        <EmptyState>
          There is no page {page}: the list ends on page {Math.ceil(result.total / result.pageSize)}.{" "}
          <Link href={withAsOf(language ? `/sources?language=${language}` : "/sources", asOf)} className="text-accent underline underline-offset-2 hover:decoration-2">Back to the first page</Link>
        </EmptyState>
      ) : (
        <EmptyState>
          {asOf ? "No source had been published by that day" : "No source is recorded yet"}
          {language ? ` in ${languageName(language)}` : ""}.
        </EmptyState>
      )}
      <Pagination page={result.page} pageSize={result.pageSize} total={result.total} basePath="/sources" query={{ language, asOf }} />
    </div>
  );
}
