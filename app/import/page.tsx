import type { Metadata } from "next";
import { Forbidden } from "@/components/auth/forbidden";
import { ImportForm } from "@/components/import/import-form";
import { PageHeader } from "@/components/ui/page-header";
import { pageActor } from "@/lib/auth/page";

export const metadata: Metadata = { title: "Import a spreadsheet" };

export default async function ImportPage() {
  const actor = await pageActor("editor", "/import");
  if (actor === "forbidden") return <Forbidden role="editor" />;
  return (
    <div className="space-y-6">
      <PageHeader title="Import a spreadsheet" eyebrow="Editor">
        Upload a CSV or XLSX of commitments or of events (Pact&apos;s own CSV exports work as they are), map its
        columns, and check every row as it would be saved. Nothing is written until you confirm, and then every row is,
        or none.
      </PageHeader>
      <ImportForm />
    </div>
  );
}
