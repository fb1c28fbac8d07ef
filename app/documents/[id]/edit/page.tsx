import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Forbidden } from "@/components/auth/forbidden";
import { DocumentForm } from "@/components/documents/document-form";
import { emptyDocument } from "@/components/documents/document-form-values";
import { PageHeader } from "@/components/ui/page-header";
import { pageActor } from "@/lib/auth/page";
import { documentForEdit } from "@/lib/documents/form-data";
import { dateText, recordFormChoices } from "@/lib/records/form-data";
import { storedTitles } from "@/lib/records/titles";

export const metadata: Metadata = { title: "Edit document" };

const pick = (ref: { id: string; name: string } | null) => (ref ? { id: ref.id, label: ref.name } : null);

export default async function EditDocumentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await pageActor("editor", `/documents/${id}/edit`);
  if (actor === "forbidden") return <Forbidden role="editor" />;
  const d = await documentForEdit(id);
  if (!d) notFound();
  const choices = await recordFormChoices(d.eventId);
  const titles = storedTitles(d);
  const initial = emptyDocument({
    titleEn: titles.en ?? "",
    titleFr: titles.fr ?? "",
    kind: d.kind,
    description: d.description ?? "",
    status: d.status,
    signed: dateText(d.signedDate, d.signedPrecision),
    validFrom: dateText(d.validFrom, d.validFromPrecision),
    validTo: dateText(d.validTo, d.validToPrecision),
    event: d.event ? { id: d.event.id, label: d.event.title } : null,
    parties: d.parties.map((p) => ({ countryCode: p.countryCode ?? "", organization: pick(p.organization) })),
    signatories: d.signatories.map((s) => ({
      role: s.role,
      person: pick(s.person),
      positionId: s.positionId ?? "",
      organization: pick(s.organization),
    })),
  });
  return (
    <div className="space-y-6">
      <PageHeader title={`Edit: ${d.title}`} eyebrow="Editor">
        Quotes already attached stay; add any new ones below.
      </PageHeader>
      <DocumentForm initial={initial} mode={{ create: false, id: d.id, version: d.version }} {...choices} />
    </div>
  );
}
