import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { AsOfBanner } from "@/components/as-of-banner";
import { EventDetail } from "@/components/events/event-detail";
import { EditorLink } from "@/components/records/editor-link";
import { readAsOf } from "@/lib/as-of/url";
import { getEventView } from "@/lib/events/queries";
import type { SearchParams } from "@/lib/records/search-params";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

// The metadata and the page ask for the same record: one read per request.
const load = cache(getEventView);

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const event = await load((await params).id, readAsOf(await searchParams));
  return { title: event?.title ?? "Event not found" };
}

export default async function EventPage({ params, searchParams }: Props) {
  const asOf = readAsOf(await searchParams);
  const event = await load((await params).id, asOf);
  if (!event) notFound();
  // Editing happens in the present: a page viewed as of a past day is read-only.
  const editLink = asOf ? null : (
    <EditorLink href={`/events/${encodeURIComponent(event.id)}/edit`}>
      Edit<span className="sr-only"> this event</span>
    </EditorLink>
  );
  return (
    <div className="space-y-6">
      <AsOfBanner asOf={asOf} />
      <EventDetail event={event} asOf={asOf} editLink={editLink} />
    </div>
  );
}
