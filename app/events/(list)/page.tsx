import type { Metadata } from "next";
import { AsOfBanner } from "@/components/as-of-banner";
import { EventTimeline } from "@/components/events/event-timeline";
import { Pagination } from "@/components/pagination";
import { FilterForm } from "@/components/records/filter-form";
import { IgnoredParams } from "@/components/records/ignored-params";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { readAsOf } from "@/lib/as-of/url";
import { listCountries } from "@/lib/countries/queries";
import { listEventTimeline } from "@/lib/events/queries";
import { EVENT_KINDS, eventFilterSchema } from "@/lib/events/schema";
import { humanize } from "@/lib/format/labels";
import { keptQuery, parsePageFilter, type SearchParams } from "@/lib/records/search-params";

export const metadata: Metadata = { title: "Events" };

const FILTER_KEYS = ["kind", "country"] as const;

export default async function EventsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const asOf = readAsOf(params);
  const { filter, ignored } = parsePageFilter(eventFilterSchema, params, ["page", ...FILTER_KEYS]);
  const [result, countries] = await Promise.all([listEventTimeline(filter, asOf), listCountries()]);
  const filtered = Boolean(filter.kind?.length || filter.country?.length);
  return (
    <div className="space-y-6">
      <AsOfBanner asOf={asOf} />
      <PageHeader eyebrow="Timeline" title="Events">
        Visits, receptions, talks and signings, in date order, with what was part of each.{" "}
        {result.total === 1 ? "1 event" : `${result.total} events`} at the top level.
      </PageHeader>
      <FilterForm action="/events" asOf={asOf} active={filtered} fields={[
        { name: "kind", label: "Kind", value: filter.kind?.length === 1 ? filter.kind[0] : undefined, options: EVENT_KINDS.map((k) => ({ value: k, label: humanize(k) })) },
        { name: "country", label: "Host or visiting country", value: filter.country?.length === 1 ? filter.country[0] : undefined, options: countries.map((c) => ({ value: c.code, label: c.name })) },
      ]} />
      <IgnoredParams keys={ignored} />
      {result.data.length ? (
        <EventTimeline events={result.data} asOf={asOf} />
      ) : (
        <EmptyState>
          {filtered ? "No events match these filters." : asOf ? "No events known on this day." : "No events recorded yet."}
          {asOf ? " Events that start later are hidden." : ""}
        </EmptyState>
      )}
      <Pagination page={result.page} pageSize={result.pageSize} total={result.total} basePath="/events" query={keptQuery(filter, FILTER_KEYS, asOf)} />
    </div>
  );
}
