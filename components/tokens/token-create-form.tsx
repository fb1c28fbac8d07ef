"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition, type FormEvent } from "react";
import { createTokenAction } from "@/lib/tokens/actions";
import { TOKEN_SCOPE_LABELS, TOKEN_SCOPES, tokenCreateSchema } from "@/lib/tokens/schema";
import { FieldError } from "../forms/field-error";
import { useZodForm } from "../forms/use-zod-form";
import { NewTokenSecret } from "./new-token-secret";

const EMPTY = { name: "", scope: "read", expiresOn: "" };
// An empty date field means "no expiry", not an invalid day.
const toInput = (v: typeof EMPTY) => ({ ...v, expiresOn: v.expiresOn || undefined });

export function TokenCreateForm() {
  const router = useRouter();
  const id = useId();
  const form = useZodForm(tokenCreateSchema, EMPTY, toInput);
  const { values, set, errorFor } = form;
  const [made, setMade] = useState<{ name: string; token: string } | null>(null);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    startTransition(async () => {
      const created = await form.submit<{ name: string; token: string }>(createTokenAction);
      setMade(created);
      if (created) {
        form.reset(EMPTY);
        router.refresh();
      }
    });
  }

  return (
    <div className="space-y-4">
      {made ? <NewTokenSecret name={made.name} token={made.token} /> : null}
      <form
        onSubmit={onSubmit}
        noValidate
        aria-label="Make a token"
        className="space-y-4 rounded border border-line bg-white p-4"
      >
        {form.failure ? (
          <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
            {form.failure.message}
          </p>
        ) : null}
        <div className="grid gap-4 sm:grid-cols-3">
          <div>
            <label htmlFor={`${id}-name`} className="block text-sm font-medium">
              Name
            </label>
            <input
              id={`${id}-name`}
              value={values.name}
              onChange={(e) => set(["name"], e.target.value)}
              placeholder="Newsroom CMS sync"
              aria-invalid={Boolean(errorFor(["name"]))}
              aria-describedby={`${id}-name-error`}
              className="mt-1 block w-full rounded border border-line px-2 py-1.5"
            />
            <FieldError id={`${id}-name-error`} message={errorFor(["name"])} />
          </div>
          <fieldset>
            <legend className="block text-sm font-medium">Scope</legend>
            {TOKEN_SCOPES.map((scope) => (
              <label key={scope} className="mt-1 flex items-center gap-2 text-sm">
                <input
                  type="radio"
                  name={`${id}-scope`}
                  value={scope}
                  checked={values.scope === scope}
                  onChange={() => set(["scope"], scope)}
                />
                {TOKEN_SCOPE_LABELS[scope]}
              </label>
            ))}
          </fieldset>
          <div>
            <label htmlFor={`${id}-expires`} className="block text-sm font-medium">
              Last day (optional)
            </label>
            <input
              id={`${id}-expires`}
              type="date"
              value={values.expiresOn}
              onChange={(e) => set(["expiresOn"], e.target.value)}
              aria-invalid={Boolean(errorFor(["expiresOn"]))}
              aria-describedby={`${id}-expires-hint ${id}-expires-error`}
              className="mt-1 block w-full rounded border border-line px-2 py-1.5"
            />
            <p id={`${id}-expires-hint`} className="mt-1 text-xs text-muted">
              Empty: it works until you revoke it.
            </p>
            <FieldError id={`${id}-expires-error`} message={errorFor(["expiresOn"])} />
          </div>
        </div>
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-accent px-4 py-2 font-medium text-white disabled:opacity-60"
        >
          {pending ? "Making…" : "Make the token"}
        </button>
      </form>
    </div>
  );
}
