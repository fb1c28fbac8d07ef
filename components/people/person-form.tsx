"use client";

import { useRouter } from "next/navigation";
import { useCallback, useTransition, type FormEvent } from "react";
import type { CountryOption } from "@/lib/countries/match";
import { createPersonAction, updatePersonAction } from "@/lib/people/actions";
import { personCreateSchema, personUpdateSchema } from "@/lib/people/schema";
import { AliasFields } from "../forms/alias-fields";
import { CountryPicker } from "../forms/country-picker";
import { DuplicateNotice } from "../forms/duplicate-notice";
import { FormAlert, TextField } from "../forms/fields";
import type { FormMode } from "../forms/form-values";
import { useZodForm } from "../forms/use-zod-form";
import { toPersonInput, type PersonFormValues } from "./person-form-values";
import { PositionFields } from "./position-fields";

export function PersonForm({
  initial,
  mode,
  countries,
}: {
  initial: PersonFormValues;
  mode: FormMode;
  countries: readonly CountryOption[];
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const toInput = useCallback((v: PersonFormValues) => toPersonInput(v, mode), [mode]);
  const form = useZodForm(mode.create ? personCreateSchema : personUpdateSchema, initial, toInput);
  const { values: v, set, errorFor } = form;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    startTransition(async () => {
      const saved = await form.submit<{ id: string }>(mode.create ? createPersonAction : updatePersonAction);
      if (saved) router.push(`/people/${encodeURIComponent(saved.id)}`);
    });
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={mode.create ? "New person" : "Edit the person"}
      className="space-y-6"
    >
      <FormAlert
        message={
          form.failure?.message ?? (form.hasErrors ? "Some fields need attention: see the messages beside them." : null)
        }
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <TextField
            label="Name"
            value={v.name}
            placeholder="Nguyen Manh Hung"
            onChange={(x) => set(["name"], x)}
            error={errorFor(["name"])}
          />
          <DuplicateNotice
            failure={form.failure}
            kind="person"
            confirmed={v.notDuplicate}
            onConfirm={(x) => set(["notDuplicate"], x)}
          />
        </div>
        <CountryPicker
          label="Country"
          optional
          value={v.countryCode}
          countries={countries}
          onChange={(x) => set(["countryCode"], x)}
          error={errorFor(["countryCode"])}
        />
      </div>
      <AliasFields aliases={v.aliases} set={set} errorFor={errorFor} />
      <PositionFields positions={v.positions} set={set} errorFor={errorFor} />
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-accent px-4 py-2 font-medium text-white disabled:opacity-60"
      >
        {pending ? "Saving…" : mode.create ? "Create the person" : "Save the changes"}
      </button>
    </form>
  );
}
