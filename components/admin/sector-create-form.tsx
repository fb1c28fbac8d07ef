"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { createSectorAction } from "@/lib/sectors/actions";
import { sectorCodeFrom, sectorCreateSchema } from "@/lib/sectors/schema";
import { FormAlert, TextField } from "../forms/fields";
import { opt } from "../forms/form-values";
import { useZodForm } from "../forms/use-zod-form";

type Values = { name: string; nameFr: string; code: string; dacCode: string; codeEdited: boolean };

const EMPTY: Values = { name: "", nameFr: "", code: "", dacCode: "", codeEdited: false };

const toInput = (v: Values) => ({ code: v.code, name: v.name, nameFr: opt(v.nameFr), dacCode: opt(v.dacCode) });

/** A new sector: its code follows the English name until the admin types one of their own. */
export function SectorCreateForm() {
  const router = useRouter();
  const form = useZodForm(sectorCreateSchema, EMPTY, toInput);
  const { values: v, set, errorFor } = form;
  const [done, setDone] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(null);
    startTransition(async () => {
      const created = await form.submit<{ code: string; name: string }>(createSectorAction);
      if (!created) return;
      setDone(`Created the sector ${created.name} (${created.code}): editors can file commitments under it now.`);
      form.reset(EMPTY);
      router.refresh();
    });
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label="New sector"
      className="space-y-4 rounded border border-line bg-white p-4"
    >
      <FormAlert
        message={
          form.failure?.message ?? (form.hasErrors ? "Some fields need attention: see the messages beside them." : null)
        }
      />
      <FormAlert message={done} tone="ok" />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Name in English"
          value={v.name}
          onChange={(x) => {
            set(["name"], x);
            // Derived while the admin has not typed a code; marks the name touched, not the code.
            if (!v.codeEdited) set(["code"], sectorCodeFrom(x), ["name"]);
          }}
          error={errorFor(["name"])}
        />
        <TextField
          label="Name in French"
          optional
          value={v.nameFr}
          onChange={(x) => set(["nameFr"], x)}
          error={errorFor(["nameFr"])}
        />
        <TextField
          label="Code"
          value={v.code}
          onChange={(x) => {
            set(["code"], x);
            set(["codeEdited"], x !== "", ["code"]);
          }}
          hint="Permanent: filters, links and the API name the sector by it. Made from the English name unless you type one."
          error={errorFor(["code"])}
        />
        <TextField
          label="OECD DAC code"
          optional
          value={v.dacCode}
          onChange={(x) => set(["dacCode"], x)}
          placeholder="230 or 23110"
          hint="The DAC/CRS sector (3 digits) or purpose code (5 digits), when one fits."
          error={errorFor(["dacCode"])}
        />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-accent px-4 py-2 font-medium text-white disabled:opacity-60"
      >
        {pending ? "Creating…" : "Create the sector"}
      </button>
    </form>
  );
}
