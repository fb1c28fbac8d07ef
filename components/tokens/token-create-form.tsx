"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition, type FormEvent } from "react";
import { createTokenAction } from "@/lib/tokens/actions";
import { TOKEN_SCOPE_LABELS, TOKEN_SCOPES, tokenCreateSchema } from "@/lib/tokens/schema";
import { FormAlert, TextField } from "../forms/fields";
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
        <FormAlert message={form.failure?.message} />
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField
            label="Name"
            value={values.name}
            onChange={(v) => set(["name"], v)}
            placeholder="Newsroom CMS sync"
            error={errorFor(["name"])}
          />
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
          <TextField
            label="Last day"
            optional
            type="date"
            value={values.expiresOn}
            onChange={(v) => set(["expiresOn"], v)}
            hint="Empty: it works until you revoke it."
            error={errorFor(["expiresOn"])}
          />
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
