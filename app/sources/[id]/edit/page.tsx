import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Forbidden } from "@/components/auth/forbidden";
import { SourceForm } from "@/components/sources/source-form";
import { PageHeader } from "@/components/ui/page-header";
import { pageActor } from "@/lib/auth/page";
import { dateText } from "@/lib/records/form-data";
import { sourceForEdit } from "@/lib/sources/form-data";

export const metadata: Metadata = { title: "Edit source" };

export default async function EditSourcePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await pageActor("editor", `/sources/${id}/edit`);
  if (actor === "forbidden") return <Forbidden role="editor" />;
  const s = await sourceForEdit(id);
  if (!s) notFound();
  const initial = {
    title: s.title,
    publisher: s.publisher,
    url: s.url ?? "",
    language: s.language,
    published: dateText(s.publishedDate, s.publishedPrecision),
    note: s.note ?? "",
  };
  return (
    <div className="space-y-6">
      <PageHeader title={`Edit: ${s.title}`} eyebrow="Editor">
        The title, publisher, address, language, date and note. The full text cannot be edited: every quote from this
        source points into it by character offsets, so a changed text would misplace them. A corrected text is a new
        source.
      </PageHeader>
      <SourceForm initial={initial} id={s.id} version={s.version} />
    </div>
  );
}
