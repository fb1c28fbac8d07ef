"use client";

import { useRouter } from "next/navigation";
import { useCallback, useTransition, type FormEvent } from "react";
import type { CountryOption } from "@/lib/countries/match";
import { createEventAction, updateEventAction } from "@/lib/events/actions";
import { EVENT_KINDS, eventCreateSchema, eventUpdateSchema } from "@/lib/events/schema";
import { humanize } from "@/lib/format/labels";
import type { EvidenceSourceOption } from "@/lib/status/queries";
import { CitationFields } from "../forms/citation-fields";
import { CountryPicker } from "../forms/country-picker";
import { FormAlert, PartialDateField, SelectField, TextArea, TextField } from "../forms/fields";
import type { FormMode } from "../forms/form-values";
import { RecordPicker } from "../forms/record-picker";
import { TitleFields } from "../forms/title-fields";
import { useZodForm } from "../forms/use-zod-form";
import { toEventInput, type EventFormValues } from "./event-form-values";
import { DocumentsSignedField } from "./documents-signed-field";
import { ParticipantFields } from "./participant-fields";

export function EventForm({
  initial,
  mode,
  sources,
  countries,
  documentsRecorded = 0,
}: {
  initial: EventFormValues;
  mode: FormMode;
  sources: EvidenceSourceOption[];
  countries: readonly CountryOption[];
  /** Documents already linked to the event and its sub-events (none for a new event). */
  documentsRecorded?: number;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const toInput = useCallback((v: EventFormValues) => toEventInput(v, mode), [mode]);
  const form = useZodForm(mode.create ? eventCreateSchema : eventUpdateSchema, initial, toInput);
  const { values: v, set, errorFor } = form;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    startTransition(async () => {
      const saved = await form.submit<{ id: string }>(mode.create ? createEventAction : updateEventAction);
      if (saved) router.push(`/events/${encodeURIComponent(saved.id)}`);
    });
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={mode.create ? "New event" : "Edit the event"}
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
          onChange={(x) => set(["kind"], x)}
          options={EVENT_KINDS.map((k) => ({ value: k, label: humanize(k) }))}
          error={errorFor(["kind"])}
        />
        <RecordPicker
          label="Part of (parent event)"
          type="event"
          optional
          value={v.parent}
          onChange={(x) => set(["parent"], x, ["parentId"])}
          error={errorFor(["parentId"])}
        />
        <PartialDateField
          label="Start"
          value={v.start}
          onChange={(x) => set(["start"], x)}
          error={errorFor(["start"])}
        />
        <PartialDateField
          label="End"
          optional
          value={v.end}
          onChange={(x) => set(["end"], x)}
          error={errorFor(["end"])}
        />
        <TextField
          label="Location"
          optional
          value={v.location}
          onChange={(x) => set(["location"], x)}
          placeholder="Phnom Penh"
          error={errorFor(["location"])}
        />
        <div />
        <CountryPicker
          label="Host country"
          optional
          value={v.hostCountryCode}
          countries={countries}
          onChange={(x) => set(["hostCountryCode"], x)}
          error={errorFor(["hostCountryCode"])}
        />
        <CountryPicker
          label="Visiting country"
          optional
          value={v.visitingCountryCode}
          countries={countries}
          onChange={(x) => set(["visitingCountryCode"], x)}
          error={errorFor(["visitingCountryCode"])}
        />
        <DocumentsSignedField
          value={v.documentsSigned}
          recorded={documentsRecorded}
          onChange={(x) => set(["documentsSigned"], x)}
          error={errorFor(["documentsSigned"])}
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
      <ParticipantFields participants={v.participants} countries={countries} set={set} errorFor={errorFor} />
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
        {pending ? "Saving…" : mode.create ? "Create the event" : "Save the changes"}
      </button>
    </form>
  );
}
