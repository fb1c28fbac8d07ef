import type { Metadata } from "next";
import { Forbidden } from "@/components/auth/forbidden";
import { DocumentForm } from "@/components/documents/document-form";
import { emptyDocument } from "@/components/documents/document-form-values";
import { PageHeader } from "@/components/ui/page-header";
import { flattenSearchParams, type SearchParams } from "@/lib/records/search-params";
import { pageActor } from "@/lib/auth/page";
import { labelsFor } from "@/lib/commitments/form-data";
import { documentPrefillSchema } from "@/lib/documents/schema";
import { recordFormChoices } from "@/lib/records/form-data";

export const metadata: Metadata = { title: "New document" };

export default async function NewDocumentPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await pageActor("editor", "/documents/new");
  if (actor === "forbidden") return <Forbidden role="editor" />;
  const p = documentPrefillSchema.parse(flattenSearchParams(await searchParams));
  const [choices, labels] = await Promise.all([
    recordFormChoices(p.event ?? null, p.source),
    labelsFor({ events: [p.event] }),
  ]);
  const initial = emptyDocument({
    titleEn: p.title ?? "",
    titleFr: p.titleFr ?? "",
    kind: p.kind ?? "mou",
    signed: p.signed ?? "",
    event: p.event && labels.has(p.event) ? { id: p.event, label: labels.get(p.event)! } : null,
    citations: p.source ? [{ sourceId: p.source, quote: p.quote ?? "", occurrence: p.occurrence ?? 1 }] : [],
  });
  return (
    <div className="space-y-6">
      <PageHeader title="New document" eyebrow="Editor">
        A signed instrument: who is bound, who signed and where, how long it holds, and the quotes that report it.
      </PageHeader>
      <DocumentForm initial={initial} mode={{ create: true }} {...choices} />
    </div>
  );
}
