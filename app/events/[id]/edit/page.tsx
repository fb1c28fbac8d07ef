import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Forbidden } from "@/components/auth/forbidden";
import { EventForm } from "@/components/events/event-form";
import { emptyEvent } from "@/components/events/event-form-values";
import { PageHeader } from "@/components/ui/page-header";
import { pageActor } from "@/lib/auth/page";
import { documentsRecordedAt, eventForEdit } from "@/lib/events/form-data";
import { dateText, recordFormChoices } from "@/lib/records/form-data";
import { storedTitles } from "@/lib/records/titles";

export const metadata: Metadata = { title: "Edit event" };

export default async function EditEventPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await pageActor("editor", `/events/${id}/edit`);
  if (actor === "forbidden") return <Forbidden role="editor" />;
  const e = await eventForEdit(id);
  if (!e) notFound();
  const [choices, documentsRecorded] = await Promise.all([recordFormChoices(e.id), documentsRecordedAt(e.id)]);
  const titles = storedTitles(e);
  const initial = emptyEvent({
    titleEn: titles.en ?? "",
    titleFr: titles.fr ?? "",
    kind: e.kind,
    description: e.description ?? "",
    parent: e.parent ? { id: e.parent.id, label: e.parent.title } : null,
    start: dateText(e.startDate, e.startPrecision),
    end: dateText(e.endDate, e.endPrecision),
    location: e.location ?? "",
    hostCountryCode: e.hostCountryCode ?? "",
    visitingCountryCode: e.visitingCountryCode ?? "",
    documentsSigned: e.documentsSigned === null ? "" : String(e.documentsSigned),
    participants: e.participants.map((p) => ({
      role: p.role,
      who: p.person ? "person" : p.organization ? "organization" : "country",
      person: p.person ? { id: p.person.id, label: p.person.name } : null,
      organization: p.organization ? { id: p.organization.id, label: p.organization.name } : null,
      countryCode: p.countryCode ?? "",
    })),
  });
  return (
    <div className="space-y-6">
      <PageHeader title={`Edit: ${e.title}`} eyebrow="Editor">
        Quotes already attached stay; add any new ones below.
      </PageHeader>
      <EventForm
        initial={initial}
        mode={{ create: false, id: e.id, version: e.version }}
        documentsRecorded={documentsRecorded}
        {...choices}
      />
    </div>
  );
}
