import type { Metadata } from "next";
import { Forbidden } from "@/components/auth/forbidden";
import { TokenCreateForm } from "@/components/tokens/token-create-form";
import { TokenTable } from "@/components/tokens/token-table";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { pageActor } from "@/lib/auth/page";
import { listTokens } from "@/lib/tokens/queries";

export const metadata: Metadata = { title: "API tokens" };

export default async function TokensPage() {
  const actor = await pageActor("editor", "/account/tokens");
  if (actor === "forbidden") return <Forbidden role="editor" />;
  const tokens = await listTokens(actor.id);
  return (
    <div className="space-y-8">
      <PageHeader title="API tokens" eyebrow={actor.email}>
        Scripts and other tools call Pact&apos;s API with a token instead of your password:{" "}
        <code>Authorization: Bearer pact_…</code>. A token acts as you, never with more than your role; what it changes
        is in the audit log under your name and the token&apos;s.
      </PageHeader>
      <Section title="New token" id="new-token">
        <TokenCreateForm />
      </Section>
      <Section title="Your tokens" id="tokens">
        <TokenTable tokens={tokens} />
      </Section>
    </div>
  );
}
