import type { Metadata } from "next";
import { Forbidden } from "@/components/auth/forbidden";
import { IngestForm } from "@/components/ingest/ingest-form";
import { PageHeader } from "@/components/ui/page-header";
import { pageActor } from "@/lib/auth/page";

export const metadata: Metadata = { title: "Paste an article" };

export default async function NewSourcePage() {
  const actor = await pageActor("editor", "/sources/new");
  if (actor === "forbidden") return <Forbidden role="editor" />;
  return (
    <div className="space-y-6">
      <PageHeader title="Paste an article" eyebrow="Editor">
        Pact stores it as a source, then suggests the dates, amounts, quantities, people, organizations and commitments
        it finds — each a click away from a record, with its quote attached. Nothing is created without you.
      </PageHeader>
      <IngestForm />
    </div>
  );
}
