"use client";

import { useRouter } from "next/navigation";
import { useCallback, useTransition, type FormEvent } from "react";
import type { CountryOption } from "@/lib/countries/match";
import { organizationKindLabel } from "@/lib/organizations/labels";
import { createOrganizationAction, updateOrganizationAction } from "@/lib/organizations/actions";
import { ORGANIZATION_KINDS, organizationCreateSchema, organizationUpdateSchema } from "@/lib/organizations/schema";
import { AliasFields } from "../forms/alias-fields";
import { DuplicateNotice } from "../forms/duplicate-notice";
import { FormAlert, SelectField, TextArea, TextField } from "../forms/fields";
import type { FormMode } from "../forms/form-values";
import { RecordPicker } from "../forms/record-picker";
import { useZodForm } from "../forms/use-zod-form";
import { toOrganizationInput, type OrganizationFormValues } from "./organization-form-values";
import { OrganizationScopeFields } from "./organization-scope-fields";

export function OrganizationForm({
  initial,
  mode,
  countries,
}: {
  initial: OrganizationFormValues;
  mode: FormMode;
  countries: readonly CountryOption[];
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const toInput = useCallback((v: OrganizationFormValues) => toOrganizationInput(v, mode), [mode]);
  const form = useZodForm(mode.create ? organizationCreateSchema : organizationUpdateSchema, initial, toInput);
  const { values: v, set, errorFor } = form;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    startTransition(async () => {
      const saved = await form.submit<{ id: string }>(
        mode.create ? createOrganizationAction : updateOrganizationAction,
      );
      if (saved) router.push(`/organizations/${encodeURIComponent(saved.id)}`);
    });
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={mode.create ? "New organization" : "Edit the organization"}
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
            label="Name in English"
            hint="A name in English or in French at least; abbreviations go under other names."
            value={v.nameEn}
            onChange={(x) => set(["nameEn"], x)}
            error={errorFor(["nameEn"]) ?? errorFor(["name"])}
          />
          <DuplicateNotice
            failure={form.failure}
            kind="organization"
            confirmed={v.notDuplicate}
            onConfirm={(x) => set(["notDuplicate"], x)}
          />
        </div>
        <TextField
          label="Name in French"
          value={v.nameFr}
          onChange={(x) => set(["nameFr"], x)}
          error={errorFor(["nameFr"])}
        />
        <SelectField
          label="Kind"
          value={v.kind}
          options={ORGANIZATION_KINDS.map((k) => ({ value: k, label: organizationKindLabel(k) }))}
          onChange={(x) => set(["kind"], x)}
          error={errorFor(["kind"])}
        />
        <RecordPicker
          label="Part of (parent organization)"
          type="organization"
          optional
          value={v.parent}
          onChange={(x) => set(["parent"], x, ["parentId"])}
          error={errorFor(["parentId"])}
        />
        <div className="sm:col-span-2">
          <OrganizationScopeFields
            scope={v.scope}
            countryCode={v.countryCode}
            members={v.members}
            countries={countries}
            set={set}
            errorFor={errorFor}
          />
        </div>
        <div className="sm:col-span-2">
          <TextArea
            label="Description"
            optional
            value={v.description}
            onChange={(x) => set(["description"], x)}
            error={errorFor(["description"])}
          />
        </div>
      </div>
      <AliasFields aliases={v.aliases} set={set} errorFor={errorFor} withNote />
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-accent px-4 py-2 font-medium text-white disabled:opacity-60"
      >
        {pending ? "Saving…" : mode.create ? "Create the organization" : "Save the changes"}
      </button>
    </form>
  );
}
