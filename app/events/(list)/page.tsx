import type { Metadata } from "next";
import { AsOfBanner } from "@/components/as-of-banner";
import { EventTimeline } from "@/components/events/event-timeline";
import { Pagination } from "@/components/pagination";
import { FilterForm } from "@/components/records/filter-form";
import { IgnoredParams } from "@/components/records/ignored-params";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { EditorLink } from "@/components/records/editor-link";
import { readAsOf } from "@/lib/as-of/url";
import { listCountries } from "@/lib/countries/queries";
import { listEventTimeline } from "@/lib/events/queries";
import { EVENT_KINDS, eventFilterSchema } from "@/lib/events/schema";
import { humanize } from "@/lib/format/labels";
import {
  isFiltered,
  keptQuery,
  listHref,
  parsePageFilter,
  single,
  type SearchParams,
} from "@/lib/records/search-params";

export const metadata: Metadata = { title: "Events" };

const FILTER_KEYS = ["q", "kind", "country", "host", "visitor", "from", "to"] as const;

const SORTS = [
  { value: "start", label: "Date, oldest first" },
  { value: "-start", label: "Date, newest first" },
  { value: "title", label: "Title, A–Z" },
  { value: "-title", label: "Title, Z–A" },
];

export default async function EventsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const asOf = readAsOf(params);
  const parsed = parsePageFilter(eventFilterSchema, params, ["page", "sort", ...FILTER_KEYS]);
  const filter = { ...parsed.filter, asOf };
  const [result, countries] = await Promise.all([listEventTimeline(filter), listCountries()]);
  const filtered = isFiltered(filter, FILTER_KEYS);
  const query = keptQuery(filter, [...FILTER_KEYS, "sort"], asOf, { sort: "start" });
  return (
    <div className="space-y-6">
      <AsOfBanner asOf={asOf} />
      <PageHeader
        eyebrow="Timeline"
        title="Events"
        actions={
          <>
            {/* Every event of the filter on screen, all pages: the file /import reads back. */}
            <a
              href={listHref("/api/v1/exports/events", { ...query, format: "csv" })}
              download
              className="rounded border border-line bg-white px-3 py-1.5 text-sm hover:border-accent"
            >
              Export CSV
            </a>
            <EditorLink href="/events/new">New event</EditorLink>
          </>
        }
      >
        Visits, receptions, talks and signings, in date order, with what was part of each.{" "}
        {result.total === 1 ? "1 event" : `${result.total} events`} at the top level.
      </PageHeader>
      <FilterForm
        action="/events"
        asOf={asOf}
        active={filtered}
        search={{ value: filter.q, placeholder: "Words in the title, description or place" }}
        sort={{ value: filter.sort, options: SORTS }}
        fields={[
          {
            name: "kind",
            label: "Kind",
            value: single(filter.kind),
            options: EVENT_KINDS.map((k) => ({ value: k, label: humanize(k) })),
          },
          {
            type: "country",
            name: "country",
            label: "Host or visiting country",
            value: single(filter.country),
            countries,
          },
          { type: "country", name: "host", label: "Host", value: single(filter.host), countries },
          { type: "country", name: "visitor", label: "Visitor", value: single(filter.visitor), countries },
          { type: "date", name: "from", label: "Held from", value: filter.from },
          { type: "date", name: "to", label: "Held to", value: filter.to },
        ]}
      />
      <IgnoredParams problems={parsed.problems} />
      {result.data.length ? (
        // Years head the timeline only while it runs in date order.
        <EventTimeline events={result.data} asOf={asOf} byYear={filter.sort === "start" || filter.sort === "-start"} />
      ) : (
        <EmptyState>
          {filtered
            ? "No events match these filters."
            : asOf
              ? "No events known on this day."
              : "No events recorded yet."}
          {asOf ? " Events that start later are hidden." : ""}
        </EmptyState>
      )}
      <Pagination page={result.page} pageSize={result.pageSize} total={result.total} basePath="/events" query={query} />
    </div>
  );
}
