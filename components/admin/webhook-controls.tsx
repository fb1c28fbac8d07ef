"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { pingWebhookAction, setWebhookActiveAction } from "@/lib/webhooks/actions";
import { FormAlert } from "../forms/fields";

const BUTTON = "rounded border border-line bg-white px-3 py-1 text-sm hover:bg-slate-50 disabled:opacity-60";

/** Pause or resume one subscription, or queue a ping to it. */
export function WebhookControls({ id, url, active }: { id: string; url: string; active: boolean }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  const run = (work: () => Promise<{ ok: true } | { ok: false; error: { message: string } }>, done: string) =>
    startTransition(async () => {
      const result = await work();
      setMessage(result.ok ? { ok: true, text: done } : { ok: false, text: result.error.message });
      router.refresh();
    });

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          disabled={pending}
          className={BUTTON}
          aria-label={`${active ? "Pause" : "Resume"} the webhook to ${url}`}
          onClick={() =>
            run(
              () => setWebhookActiveAction({ id, active: !active }),
              active ? "Paused: changes are no longer queued for it." : "Resumed: what was queued is being sent.",
            )
          }
        >
          {active ? "Pause" : "Resume"}
        </button>
        <button
          type="button"
          disabled={pending || !active}
          className={BUTTON}
          aria-label={`Send a test ping to ${url}`}
          onClick={() => run(() => pingWebhookAction({ id }), "Ping queued: it appears below once sent.")}
        >
          Send a test ping
        </button>
      </div>
      <FormAlert message={message?.text} tone={message?.ok ? "ok" : "error"} />
    </div>
  );
}
