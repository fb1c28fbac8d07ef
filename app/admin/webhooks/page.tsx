import type { Metadata } from "next";
import { Forbidden } from "@/components/auth/forbidden";
import { WebhookCreateForm } from "@/components/admin/webhook-create-form";
import { WebhookList } from "@/components/admin/webhook-list";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { pageActor } from "@/lib/auth/page";
import { listWebhooks } from "@/lib/webhooks/queries";

export const metadata: Metadata = { title: "Webhooks" };

export default async function WebhooksPage() {
  const actor = await pageActor("admin", "/admin/webhooks");
  if (actor === "forbidden") return <Forbidden role="admin" />;
  const subscriptions = await listWebhooks();
  return (
    <div className="space-y-8">
      <PageHeader
        title="Webhooks"
        eyebrow="Admin"
        actions={
          <a href="#new-webhook-heading" className="text-accent hover:underline">
            New webhook
          </a>
        }
      >
        Status changes and new commitments, POSTed as JSON to an integrator&apos;s address and signed with its secret
        (HMAC-SHA256; see the API documentation). A receiver that does not answer 2xx is tried again later: seven
        attempts in all, the last about 31 hours after the first.
      </PageHeader>
      <Section title="Subscriptions" id="webhooks">
        <WebhookList subscriptions={subscriptions} />
      </Section>
      <Section title="New webhook" id="new-webhook">
        <WebhookCreateForm />
      </Section>
    </div>
  );
}
