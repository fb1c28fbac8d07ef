import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Forbidden } from "@/components/auth/forbidden";
import { CommitmentForm } from "@/components/commitments/commitment-form";
import { emptyCommitment } from "@/components/commitments/commitment-form-values";
import { PageHeader } from "@/components/ui/page-header";
import { pageActor } from "@/lib/auth/page";
import { commitmentFormChoices } from "@/lib/commitments/form-data";
import { getCommitment } from "@/lib/commitments/queries";

export const metadata: Metadata = { title: "Edit commitment" };

export default async function EditCommitmentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await pageActor("editor", `/commitments/${id}/edit`);
  if (actor === "forbidden") return <Forbidden role="editor" />;
  const c = await getCommitment(id);
  if (!c) notFound();
  const choices = await commitmentFormChoices(c.id, c.eventId);
  const pick = (ref: { id: string; name: string } | null) => (ref ? { id: ref.id, label: ref.name } : null);
  const initial = emptyCommitment({
    title: c.title,
    description: c.description ?? "",
    kind: c.kind,
    from: { countryCode: c.from.country, organization: pick(c.from.organization), person: pick(c.from.person) },
    to: { countryCode: c.to.country, organization: pick(c.to.organization), person: pick(c.to.person) },
    sectors: c.sectors,
    amountValue: c.amount?.value ?? "",
    amountCurrency: c.amount?.currency ?? "USD",
    hasQuantity: Boolean(c.quantity),
    baseline: c.quantity?.baseline ?? "",
    target: c.quantity?.target ?? "",
    unit: c.quantity?.unit ?? "",
    scope: c.quantity?.scope ?? "",
    atLeast: c.quantity?.atLeast ?? false,
    targetDate: c.target?.date ?? "",
    event: c.event ? { id: c.event.id, label: c.event.title } : null,
    document: c.document ? { id: c.document.id, label: c.document.title } : null,
    links: c.links
      .filter((l) => l.direction === "out")
      .map((l) => ({ kind: l.kind, commitment: { id: l.commitmentId, label: l.commitmentId } })),
  });
  return (
    <div className="space-y-6">
      <PageHeader title={`Edit: ${c.title}`} eyebrow="Editor">
        Quotes already attached stay; add any new ones below. The status changes on the commitment&apos;s page.
      </PageHeader>
      <CommitmentForm initial={initial} mode={{ create: false, id: c.id, version: c.version }} {...choices} />
    </div>
  );
}
