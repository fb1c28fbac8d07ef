import type { Metadata } from "next";
import { Forbidden } from "@/components/auth/forbidden";
import { EventForm } from "@/components/events/event-form";
import { emptyEvent } from "@/components/events/event-form-values";
import { PageHeader } from "@/components/ui/page-header";
import { flattenSearchParams, type SearchParams } from "@/lib/records/search-params";
import { pageActor } from "@/lib/auth/page";
import { labelsFor } from "@/lib/commitments/form-data";
import { eventPrefillSchema } from "@/lib/events/schema";
import { recordFormChoices } from "@/lib/records/form-data";

export const metadata: Metadata = { title: "New event" };

export default async function NewEventPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await pageActor("editor", "/events/new");
  if (actor === "forbidden") return <Forbidden role="editor" />;
  const p = eventPrefillSchema.parse(flattenSearchParams(await searchParams));
  const [choices, labels] = await Promise.all([
    recordFormChoices(p.parent ?? null, p.source),
    labelsFor({ events: [p.parent] }),
  ]);
  const initial = emptyEvent({
    titleEn: p.title ?? "",
    titleFr: p.titleFr ?? "",
    kind: p.kind ?? "visit",
    description: p.description ?? "",
    start: p.start ?? "",
    end: p.end ?? "",
    location: p.location ?? "",
    hostCountryCode: p.host?.toUpperCase() ?? "",
    visitingCountryCode: p.visitor?.toUpperCase() ?? "",
    parent: p.parent && labels.has(p.parent) ? { id: p.parent, label: labels.get(p.parent)! } : null,
    citations: p.source ? [{ sourceId: p.source, quote: p.quote ?? "", occurrence: p.occurrence ?? 1 }] : [],
  });
  return (
    <div className="space-y-6">
      <PageHeader title="New event" eyebrow="Editor">
        A visit, meeting or signing: when, where, who took part, and the quotes that report it.
      </PageHeader>
      <EventForm initial={initial} mode={{ create: true }} {...choices} />
    </div>
  );
}
