import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Forbidden } from "@/components/auth/forbidden";
import { StatusChangeSuggestions } from "@/components/ingest/status-change-suggestions";
import { SuggestionsView } from "@/components/ingest/suggestions-view";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { pageActor } from "@/lib/auth/page";
import { suggestionsFor } from "@/lib/ingest/queries";

export const metadata: Metadata = { title: "Suggestions" };

export default async function SuggestionsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await pageActor("editor", `/sources/${id}/suggestions`);
  if (actor === "forbidden") return <Forbidden role="editor" />;
  const data = await suggestionsFor(id);
  if (!data) notFound();
  return (
    <div className="space-y-6">
      <PageHeader
        eyebrow="What Pact found"
        title={data.source.title}
        actions={
          <Link
            href={`/sources/${id}`}
            className="rounded border border-line bg-white px-3 py-1.5 text-sm hover:border-accent"
          >
            The source
          </Link>
        }
      >
        Suggestions only: each becomes a record when you open it, check the prefilled form and save. The quote goes with
        it, at its place in the text.
      </PageHeader>
      <SuggestionsView data={data} />
      <Section title="Progress on earlier commitments" id="suggested-status-changes">
        <StatusChangeSuggestions
          sourceId={data.source.id}
          language={data.source.language}
          items={data.statusChanges.map(({ score: _score, ...item }) => item)}
        />
      </Section>
    </div>
  );
}
