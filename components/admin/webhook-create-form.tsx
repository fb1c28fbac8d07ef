"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition, type FormEvent } from "react";
import { createWebhookAction } from "@/lib/webhooks/actions";
import { WEBHOOK_EVENT_LABELS, WEBHOOK_EVENTS, webhookCreateSchema } from "@/lib/webhooks/schema";
import { FieldError } from "../forms/field-error";
import { FormAlert, TextField } from "../forms/fields";
import { opt } from "../forms/form-values";
import { useZodForm } from "../forms/use-zod-form";

type Values = { url: string; events: string[]; secret: string };
type Created = { id: string; url: string; secret: string };

const EMPTY: Values = { url: "", events: [...WEBHOOK_EVENTS], secret: "" };

const toInput = (v: Values) => ({ url: v.url, events: v.events, secret: opt(v.secret) });

/** A new subscription; the secret it is signed with is shown here once, after it is created. */
export function WebhookCreateForm() {
  const router = useRouter();
  const id = useId();
  const form = useZodForm(webhookCreateSchema, EMPTY, toInput);
  const { values: v, set, errorFor } = form;
  const [created, setCreated] = useState<Created | null>(null);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setCreated(null);
    startTransition(async () => {
      const saved = await form.submit<Created>(createWebhookAction);
      if (!saved) return;
      setCreated(saved);
      form.reset(EMPTY);
      router.refresh();
    });
  }

  const toggle = (event: string, on: boolean) =>
    set(["events"], on ? [...v.events, event] : v.events.filter((e) => e !== event));

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label="New webhook"
      className="space-y-4 rounded border border-line bg-white p-4"
    >
      <FormAlert
        message={
          form.failure?.message ?? (form.hasErrors ? "Some fields need attention: see the messages beside them." : null)
        }
      />
      {created ? (
        <div role="status" className="space-y-2 rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm">
          <p className="text-emerald-900">
            Created the webhook to {created.url}. Copy its secret now and give it to the receiver by a safe channel: it
            is not shown again.
          </p>
          <p>
            <span className="font-medium">Secret: </span>
            <code data-testid="webhook-secret" className="break-all rounded bg-white px-1">
              {created.secret}
            </code>
          </p>
        </div>
      ) : null}
      <TextField
        label="Address to POST to"
        type="url"
        value={v.url}
        onChange={(x) => set(["url"], x)}
        placeholder="https://example.org/pact-webhook"
        hint="http:// or https://. Redirects are not followed."
        error={errorFor(["url"])}
      />
      <fieldset aria-describedby={`${id}-events-error`}>
        <legend className="text-sm font-medium">Events to send</legend>
        <div className="mt-1 flex flex-wrap gap-x-6 gap-y-1">
          {WEBHOOK_EVENTS.map((event) => (
            <label key={event} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={v.events.includes(event)}
                onChange={(e) => toggle(event, e.target.checked)}
              />
              {WEBHOOK_EVENT_LABELS[event]}
            </label>
          ))}
        </div>
        <FieldError id={`${id}-events-error`} message={errorFor(["events"])} />
      </fieldset>
      <TextField
        label="Secret"
        optional
        type="password"
        value={v.secret}
        onChange={(x) => set(["secret"], x)}
        hint="Leave empty to have a strong one made and shown once. Yours must have 24 characters or more."
        error={errorFor(["secret"])}
      />
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-accent px-4 py-2 font-medium text-white disabled:opacity-60"
      >
        {pending ? "Creating…" : "Create the webhook"}
      </button>
    </form>
  );
}
