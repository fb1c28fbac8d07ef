import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { AsOfBanner } from "@/components/as-of-banner";
import { DocumentDetail } from "@/components/documents/document-detail";
import { EditorLink } from "@/components/records/editor-link";
import { readAsOf } from "@/lib/as-of/url";
import { getDocumentView } from "@/lib/documents/queries";
import type { SearchParams } from "@/lib/records/search-params";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

// The metadata and the page ask for the same record: one read per request.
const load = cache(getDocumentView);

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const document = await load((await params).id, readAsOf(await searchParams));
  return { title: document?.title ?? "Document not found" };
}

export default async function DocumentPage({ params, searchParams }: Props) {
  const asOf = readAsOf(await searchParams);
  const document = await load((await params).id, asOf);
  if (!document) notFound();
  // Editing happens in the present: a page viewed as of a past day is read-only.
  const editLink = asOf ? null : (
    <EditorLink href={`/documents/${encodeURIComponent(document.id)}/edit`}>
      Edit<span className="sr-only"> this document</span>
    </EditorLink>
  );
  return (
    <div className="space-y-6">
      <AsOfBanner asOf={asOf} />
      <DocumentDetail document={document} asOf={asOf} editLink={editLink} />
    </div>
  );
}
