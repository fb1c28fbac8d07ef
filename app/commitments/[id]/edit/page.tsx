import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Forbidden } from "@/components/auth/forbidden";
import { CommitmentForm } from "@/components/commitments/commitment-form";
import { formValuesOf } from "@/components/commitments/commitment-form-values";
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
  const initial = formValuesOf(c);
  return (
    <div className="space-y-6">
      <PageHeader title={`Edit: ${c.title}`} eyebrow="Editor">
        Quotes already attached stay; add any new ones below. The status changes on the commitment&apos;s page.
      </PageHeader>
      <CommitmentForm initial={initial} mode={{ create: false, id: c.id, version: c.version }} {...choices} />
    </div>
  );
}
