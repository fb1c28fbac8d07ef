import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeliveryTable } from "@/components/admin/webhook-list";
import { Forbidden } from "@/components/auth/forbidden";
import { Pagination } from "@/components/pagination";
import { ParamProblems } from "@/components/param-problems";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { pageActor } from "@/lib/auth/page";
import { parsePageFilter, type SearchParams } from "@/lib/records/search-params";
import { listDeliveries } from "@/lib/webhooks/queries";
import { DELIVERY_STATES, WEBHOOK_EVENT_LABELS, deliveryFilterSchema } from "@/lib/webhooks/schema";

export const metadata: Metadata = { title: "Webhook deliveries" };

export default async function WebhookDeliveriesPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { id } = await params;
  const path = `/admin/webhooks/${encodeURIComponent(id)}`;
  const actor = await pageActor("admin", path);
  if (actor === "forbidden") return <Forbidden role="admin" />;
  const { filter, problems } = parsePageFilter(deliveryFilterSchema, await searchParams);
  const result = await listDeliveries(id, filter);
  if (!result) notFound();
  const { subscription, rows, total } = result;
  return (
    <div className="space-y-6">
      <PageHeader title="Deliveries" eyebrow="Admin · Webhooks">
        Everything queued for {subscription.url} ({subscription.active ? "active" : "paused"};{" "}
        {subscription.events.map((e) => WEBHOOK_EVENT_LABELS[e]).join(", ")}), newest first: {total}{" "}
        {filter.state ?? ""} in all.{" "}
        <Link href="/admin/webhooks" className="text-accent underline">
          Back to the webhooks
        </Link>
      </PageHeader>
      <ParamProblems problems={problems} />
      <form
        method="get"
        action={path}
        aria-label="Filter the deliveries"
        className="flex flex-wrap items-end gap-3 rounded border border-line bg-white p-3 text-sm"
      >
        <label className="block">
          State
          <select
            name="state"
            defaultValue={filter.state ?? ""}
            className="mt-1 block rounded border border-line px-2 py-1"
          >
            <option value="">Any</option>
            {DELIVERY_STATES.map((state) => (
              <option key={state} value={state}>
                {state}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded bg-accent px-3 py-1.5 font-medium text-white">
          Show
        </button>
      </form>
      {rows.length ? (
        <DeliveryTable caption={`Deliveries to ${subscription.url}, newest first`} rows={rows} />
      ) : (
        <EmptyState>{filter.state ? `No ${filter.state} deliveries.` : "Nothing sent yet."}</EmptyState>
      )}
      <Pagination
        page={filter.page}
        pageSize={filter.pageSize}
        total={total}
        basePath={path}
        query={{ state: filter.state, pageSize: filter.pageSize === 50 ? undefined : String(filter.pageSize) }}
      />
    </div>
  );
}
