import type { Metadata } from "next";
import { ApiReference } from "@/components/api-docs/api-reference";
import { PageHeader } from "@/components/ui/page-header";
import { openApiDocument } from "@/lib/openapi/document";

export const metadata: Metadata = { title: "API" };

export default function ApiDocsPage() {
  const document = openApiDocument();
  return (
    <div className="space-y-6">
      <PageHeader title="API v1" eyebrow="Read-only, JSON">
        Every list and record of Pact, with the same filters as the pages. The machine-readable description is the{" "}
        <a href="/api/v1/openapi.json" className="text-accent underline">
          OpenAPI 3.1 document
        </a>
        . Errors always answer <code>{`{ "error": { "code", "message", "field" } }`}</code>; responses carry an ETag for
        cheap revalidation.
      </PageHeader>
      <pre className="overflow-x-auto rounded bg-slate-900 p-4 text-sm text-slate-50">
        {`curl 'http://localhost:3000/api/v1/commitments?kind=pledge&sector=cybersecurity'\ncurl 'http://localhost:3000/api/v1/search?q=cybersecurite'\ncurl -OJ 'http://localhost:3000/api/v1/exports/commitments?format=csv&overdue=true'`}
      </pre>
      <ApiReference document={document} />
    </div>
  );
}
