import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { AsOfBanner } from "@/components/as-of-banner";
import { ComparePicker } from "@/components/sources/compare-picker";
import { SourceColumn } from "@/components/sources/source-column";
import { SourceDifferences } from "@/components/sources/source-differences";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { readAsOf, withAsOf } from "@/lib/as-of/url";
import { formatDateRange } from "@/lib/dates/partial-date";
import { loadComparison } from "@/lib/sources/comparison";
import { numberRecordsAcross } from "@/lib/sources/records";
import { paramString, type SearchParams } from "@/lib/records/search-params";
import { compareQuerySchema } from "@/lib/sources/schema";

type Props = { searchParams: Promise<SearchParams> };

// generateMetadata and the page need the same comparison: computed once per request.
const load = cache(async (event: string | undefined, ids: string | undefined, asOf: string | undefined) => {
  const query = compareQuerySchema.safeParse({ event, ids });
  if (!query.success)
    return { status: "invalid" as const, message: query.error.issues[0]?.message ?? "Invalid query." };
  return loadComparison(query.data, asOf);
});

async function fromParams(searchParams: Props["searchParams"]) {
  const params = await searchParams;
  const asOf = readAsOf(params);
  return { asOf, view: await load(paramString(params.event), paramString(params.ids), asOf) };
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { view } = await fromParams(searchParams);
  if (view.status === "not_found") return { title: "Not found" };
  const event = view.status === "ok" || view.status === "too_few" ? view.event : null;
  return { title: event ? `Compare reports: ${event.title}` : "Compare sources" };
}

export default async function ComparePage({ searchParams }: Props) {
  const { asOf, view } = await fromParams(searchParams);
  if (view.status === "not_found") notFound();
  const event = view.status === "ok" || view.status === "too_few" ? view.event : null;
  const when = event?.start ? formatDateRange(event.start, event.end) : null;
  // One numbering for both columns: the same record has the same number in each text.
  const numbers = view.status === "ok" ? numberRecordsAcross(view.sources.map((s) => s.citations)) : undefined;
  return (
    <div className="space-y-8">
      <AsOfBanner asOf={asOf} />
      <PageHeader eyebrow="Sources side by side" title={event ? event.title : "Compare sources"}>
        {event ? (
          <>{when ? `${when}. ` : ""}How the reports of this event differ, from the records each one backs.</>
        ) : (
          "How two reports differ, from the records each one backs."
        )}
      </PageHeader>

      {view.status === "invalid" ? <EmptyState>{view.message}</EmptyState> : null}

      {view.status === "too_few" ? (
        <div className="space-y-4">
          <EmptyState>
            {view.sources.length ? "Only one source" : "No source"} {asOf ? "published by that day " : ""}reports this
            event, its sub-events or what came out of them: there is nothing to compare yet.
          </EmptyState>
          {view.sources.length ? (
            <p>
              The one report:{" "}
              <Link
                href={withAsOf(`/sources/${encodeURIComponent(view.sources[0]!.id)}`, asOf)}
                lang={view.sources[0]!.language}
                className="text-accent underline underline-offset-2 hover:decoration-2"
              >
                {view.sources[0]!.title}
              </Link>
            </p>
          ) : null}
        </div>
      ) : null}

      {view.status === "ok" ? (
        <>
          {view.event && view.choices.length > 2 ? (
            <ComparePicker
              eventId={view.event.id}
              sources={view.choices}
              selected={[view.sources[0]!.id, view.sources[1]!.id]}
              asOf={asOf}
            />
          ) : null}
          <Section title="Differences" id="differences">
            <SourceDifferences comparison={view.comparison} asOf={asOf} />
          </Section>
          <section aria-labelledby="texts-heading" className="space-y-3">
            <h2 id="texts-heading" className="font-serif text-xl font-semibold">
              The texts
            </h2>
            <div className="grid gap-4 md:grid-cols-2">
              {view.sources.map((source, i) => (
                <SourceColumn key={source.id} source={source} prefix={`text-${i + 1}`} numbers={numbers} asOf={asOf} />
              ))}
            </div>
          </section>
        </>
      ) : null}
    </div>
  );
}
