"use client";

import { useRouter } from "next/navigation";
import { useCallback, useTransition, type FormEvent } from "react";
import type { CountryOption } from "@/lib/countries/match";
import { createDocumentAction, updateDocumentAction } from "@/lib/documents/actions";
import { DOCUMENT_KINDS, DOCUMENT_STATUSES, documentCreateSchema, documentUpdateSchema } from "@/lib/documents/schema";
import { humanize } from "@/lib/format/labels";
import type { EvidenceSourceOption } from "@/lib/status/queries";
import { CitationFields } from "../forms/citation-fields";
import { FormAlert, PartialDateField, SelectField, TextArea } from "../forms/fields";
import type { FormMode } from "../forms/form-values";
import { RecordPicker } from "../forms/record-picker";
import { TitleFields } from "../forms/title-fields";
import { useZodForm } from "../forms/use-zod-form";
import { PartyRows, SignatoryRows } from "./document-side-fields";
import { toDocumentInput, type DocumentFormValues } from "./document-form-values";

export function DocumentForm({
  initial,
  mode,
  sources,
  countries,
}: {
  initial: DocumentFormValues;
  mode: FormMode;
  sources: EvidenceSourceOption[];
  countries: readonly CountryOption[];
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const toInput = useCallback((v: DocumentFormValues) => toDocumentInput(v, mode), [mode]);
  const form = useZodForm(mode.create ? documentCreateSchema : documentUpdateSchema, initial, toInput);
  const { values: v, set, errorFor } = form;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    startTransition(async () => {
      const saved = await form.submit<{ id: string }>(mode.create ? createDocumentAction : updateDocumentAction);
      if (saved) router.push(`/documents/${encodeURIComponent(saved.id)}`);
    });
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={mode.create ? "New document" : "Edit the document"}
      className="space-y-6"
    >
      <FormAlert
        message={
          form.failure?.message ?? (form.hasErrors ? "Some fields need attention: see the messages beside them." : null)
        }
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TitleFields en={v.titleEn} fr={v.titleFr} set={set} errorFor={errorFor} />
        <SelectField
          label="Kind"
          value={v.kind}
          options={DOCUMENT_KINDS.map((k) => ({ value: k, label: humanize(k) }))}
          onChange={(x) => set(["kind"], x)}
          error={errorFor(["kind"])}
        />
        <SelectField
          label="Status"
          value={v.status}
          options={DOCUMENT_STATUSES.map((k) => ({ value: k, label: humanize(k) }))}
          onChange={(x) => set(["status"], x)}
          error={errorFor(["status"])}
        />
        <PartialDateField
          label="Signed on"
          optional
          value={v.signed}
          onChange={(x) => set(["signed"], x)}
          error={errorFor(["signed"])}
        />
        <RecordPicker
          label="Signed at (event)"
          type="event"
          optional
          value={v.event}
          onChange={(x) => set(["event"], x, ["eventId"])}
          error={errorFor(["eventId"])}
        />
        <PartialDateField
          label="Valid from"
          optional
          value={v.validFrom}
          onChange={(x) => set(["validFrom"], x)}
          error={errorFor(["validFrom"])}
        />
        <PartialDateField
          label="Valid to"
          optional
          value={v.validTo}
          onChange={(x) => set(["validTo"], x)}
          error={errorFor(["validTo"])}
        />
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
      <PartyRows parties={v.parties} countries={countries} set={set} errorFor={errorFor} />
      <SignatoryRows signatories={v.signatories} set={set} errorFor={errorFor} />
      <CitationFields
        citations={v.citations}
        sources={sources}
        required={mode.create}
        errorFor={errorFor}
        onChange={(next, touched) => set(["citations"], next, touched.split("."))}
      />
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-accent px-4 py-2 font-medium text-white disabled:opacity-60"
      >
        {pending ? "Saving…" : mode.create ? "Create the document" : "Save the changes"}
      </button>
    </form>
  );
}
