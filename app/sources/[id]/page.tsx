import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { AsOfBanner } from "@/components/as-of-banner";
import { EditorLink } from "@/components/records/editor-link";
import { HighlightedText } from "@/components/sources/highlighted-text";
import { QuoteBySelection } from "@/components/sources/quote-by-selection";
import { SourceMetaList } from "@/components/sources/source-meta";
import { SupportedRecords } from "@/components/sources/supported-records";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { readAsOf, withAsOf } from "@/lib/as-of/url";
import { hasRole } from "@/lib/auth/roles";
import { currentActor } from "@/lib/auth/session";
import { getComparableEvents, getSourceText } from "@/lib/sources/queries";
import { idSchema } from "@/lib/records/schema";
import type { SearchParams } from "@/lib/records/search-params";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
};

// generateMetadata and the page read the same source: once per request.
const load = cache(async (rawId: string, asOf: string | undefined) => {
  const id = idSchema.safeParse(rawId);
  return id.success ? getSourceText(id.data, asOf) : null;
});

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const source = await load((await params).id, readAsOf(await searchParams));
  return { title: source?.title ?? "Source not found" };
}

export default async function SourcePage({ params, searchParams }: Props) {
  const asOf = readAsOf(await searchParams);
  const source = await load((await params).id, asOf);
  if (!source) notFound();
  const [comparable, actor] = await Promise.all([getComparableEvents(source, asOf), currentActor()]);
  const prefix = "text";
  // Editors quote by selecting; a page viewed as of a past day is read-only.
  const quoting = !asOf && actor !== null && hasRole(actor.role, "editor");
  const text = <HighlightedText source={source} prefix={prefix} asOf={asOf} />;
  return (
    <article className="space-y-8">
      <AsOfBanner asOf={asOf} />
      <PageHeader
        eyebrow="Source"
        title={<span lang={source.language}>{source.title}</span>}
        // Editing happens in the present: a page viewed as of a past day is read-only.
        actions={
          asOf ? null : (
            <EditorLink href={`/sources/${encodeURIComponent(source.id)}/edit`}>
              Edit<span className="sr-only"> this source&apos;s details</span>
            </EditorLink>
          )
        }
      >
        {source.citations.length} cited {source.citations.length === 1 ? "passage" : "passages"}, highlighted in the
        text; each ends with numbered links to the records it supports.
      </PageHeader>

      <section aria-labelledby="about-heading" className="space-y-3">
        <h2 id="about-heading" className="sr-only">
          About this source
        </h2>
        <SourceMetaList source={source} />
        {comparable.length ? (
          <ul className="space-y-1">
            {comparable.map(({ event, otherSources }) => (
              <li key={event.id}>
                <Link
                  href={withAsOf(
                    `/sources/compare?event=${encodeURIComponent(event.id)}&ids=${encodeURIComponent(source.id)},${encodeURIComponent(otherSources[0]!)}`,
                    asOf,
                  )}
                  className="font-medium text-accent underline underline-offset-2 hover:decoration-2"
                >
                  Compare with other reports of the same event<span className="sr-only">: {event.title}</span>
                </Link>
                <span className="text-muted">
                  {" "}
                  — {event.title} ({otherSources.length} other {otherSources.length === 1 ? "report" : "reports"})
                </span>
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      <Section title="Full text" id="full-text">
        {quoting ? (
          <QuoteBySelection sourceId={source.id} text={source.fullText}>
            <div className="rounded border border-line bg-white p-4 sm:p-6">{text}</div>
          </QuoteBySelection>
        ) : (
          <div className="rounded border border-line bg-white p-4 sm:p-6">{text}</div>
        )}
      </Section>

      <Section title="What this source supports" id="supports">
        <SupportedRecords source={source} prefix={prefix} asOf={asOf} />
      </Section>
    </article>
  );
}
