import Link from "next/link";
import type { DeliveryView, SubscriptionView } from "@/lib/webhooks/queries";
import { RECENT_DELIVERIES } from "@/lib/webhooks/queries";
import { WEBHOOK_EVENT_LABELS } from "@/lib/webhooks/schema";
import { EmptyState } from "../ui/empty-state";
import { TableFrame } from "../ui/table-frame";
import { WebhookControls } from "./webhook-controls";

const CELL = "px-3 py-2";
const STATE_STYLE = {
  delivered: "bg-emerald-50 text-emerald-900 border-emerald-300",
  pending: "bg-amber-50 text-amber-900 border-amber-300",
  failed: "bg-red-50 text-red-900 border-red-300",
} as const;

const instant = (iso: string | null) => (iso ? iso.replace("T", " ").slice(0, 19) : "—");

function Deliveries({ subscription }: { subscription: SubscriptionView }) {
  const { recent, counts } = subscription;
  if (!recent.length) return <EmptyState>Nothing sent yet: deliveries appear here once a change is queued.</EmptyState>;
  const total = counts.delivered + counts.pending + counts.failed;
  return (
    <>
      <p className="text-sm text-muted">
        {counts.delivered} delivered, {counts.pending} pending, {counts.failed} failed
        {total > recent.length ? `; the latest ${RECENT_DELIVERIES} are shown.` : "."}{" "}
        <Link href={`/admin/webhooks/${encodeURIComponent(subscription.id)}`} className="text-accent underline">
          All deliveries to {subscription.url}
        </Link>
      </p>
      <DeliveryTable caption={`Latest deliveries to ${subscription.url}, newest first`} rows={recent} />
    </>
  );
}

/** Deliveries with their state, attempts, last response and next attempt. */
export function DeliveryTable({ caption, rows }: { caption: string; rows: DeliveryView[] }) {
  return (
    <TableFrame
      caption={caption}
      head={
        <>
          <th scope="col" className={CELL}>
            Queued (UTC)
          </th>
          <th scope="col" className={CELL}>
            Event
          </th>
          <th scope="col" className={CELL}>
            State
          </th>
          <th scope="col" className={`${CELL} text-right`}>
            Attempts
          </th>
          <th scope="col" className={CELL}>
            Last response
          </th>
          <th scope="col" className={CELL}>
            Next attempt (UTC)
          </th>
        </>
      }
    >
      {rows.map((d) => (
        <DeliveryRow key={d.id} delivery={d} />
      ))}
    </TableFrame>
  );
}

function DeliveryRow({ delivery: d }: { delivery: DeliveryView }) {
  return (
    <tr className="border-b border-line last:border-0" data-delivery={d.id}>
      <td className={`${CELL} whitespace-nowrap tabular-nums`}>{instant(d.createdAt)}</td>
      <td className={CELL}>
        {d.event}
        <span className="block text-xs text-muted">{d.id}</span>
      </td>
      <td className={CELL}>
        <span className={`rounded border px-1.5 py-0.5 text-xs ${STATE_STYLE[d.state]}`}>{d.state}</span>
      </td>
      <td className={`${CELL} text-right tabular-nums`}>{d.attempts}</td>
      <td className={CELL}>
        {d.lastStatusCode ?? (d.lastError ? "" : "—")}
        {d.lastError ? <span className="block text-xs text-muted">{d.lastError}</span> : null}
      </td>
      <td className={`${CELL} whitespace-nowrap tabular-nums`}>{instant(d.nextAttemptAt)}</td>
    </tr>
  );
}

/** Every subscription with its controls and its latest deliveries. */
export function WebhookList({ subscriptions }: { subscriptions: SubscriptionView[] }) {
  if (!subscriptions.length)
    return <EmptyState>No webhooks yet: create the first one below to have changes sent to an integrator.</EmptyState>;
  return (
    <ul className="space-y-6">
      {subscriptions.map((s) => (
        <li key={s.id} aria-labelledby={`webhook-${s.id}`} className="space-y-3 rounded border border-line p-4">
          <div className="flex flex-wrap items-start justify-between gap-3">
            <div>
              <h3 id={`webhook-${s.id}`} className="break-all font-medium">
                {s.url}
              </h3>
              <p className="text-sm text-muted">
                {s.active ? "Active" : "Paused"} · {s.events.map((e) => WEBHOOK_EVENT_LABELS[e]).join(", ")} · created{" "}
                {instant(s.createdAt)} UTC
              </p>
            </div>
            <WebhookControls id={s.id} url={s.url} active={s.active} />
          </div>
          <Deliveries subscription={s} />
        </li>
      ))}
    </ul>
  );
}
