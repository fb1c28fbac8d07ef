"use client";

import { useRouter } from "next/navigation";
import { useCallback, useTransition, type FormEvent } from "react";
import { createCommitmentAction, updateCommitmentAction } from "@/lib/commitments/actions";
import { COMMITMENT_KINDS, LINK_KINDS, commitmentCreateSchema, commitmentUpdateSchema } from "@/lib/commitments/schema";
import type { CountryOption } from "@/lib/countries/match";
import { KIND_LABELS, humanize } from "@/lib/format/labels";
import { STATUSES, STATUS_LABELS } from "@/lib/status/rules";
import type { EvidenceSourceOption } from "@/lib/status/queries";
import { CitationFields } from "../forms/citation-fields";
import { FormAlert, PartialDateField, SelectField, TextArea, TextField } from "../forms/fields";
import { RecordPicker } from "../forms/record-picker";
import { SectorChecklist, type SectorChoice } from "../forms/sector-checklist";
import { useZodForm } from "../forms/use-zod-form";
import { AmountFields } from "./amount-fields";
import { toCommitmentInput, type CommitmentFormValues } from "./commitment-form-values";
import { QuantityFields } from "./quantity-fields";
import { TargetFields } from "./target-fields";
import { SideFields } from "./side-fields";

export function CommitmentForm({
  initial,
  mode,
  sources,
  sectors,
  countries,
}: {
  initial: CommitmentFormValues;
  mode: { create: true } | { create: false; id: string; version: number };
  sources: EvidenceSourceOption[];
  sectors: SectorChoice[];
  countries: readonly CountryOption[];
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const toInput = useCallback((v: CommitmentFormValues) => toCommitmentInput(v, mode), [mode]);
  const form = useZodForm(mode.create ? commitmentCreateSchema : commitmentUpdateSchema, initial, toInput);
  const { values: v, set, errorFor } = form;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    startTransition(async () => {
      const saved = await form.submit<{ id: string }>(mode.create ? createCommitmentAction : updateCommitmentAction);
      if (saved) router.push(`/commitments/${saved.id}`);
    });
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={mode.create ? "New commitment" : "Edit the commitment"}
      className="space-y-6"
    >
      <FormAlert
        message={
          form.failure?.message ?? (form.hasErrors ? "Some fields need attention: see the messages beside them." : null)
        }
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Title (English)"
          hint="A title in English, in French, or both"
          value={v.titleEn}
          onChange={(x) => set(["titleEn"], x)}
          error={errorFor(["titleEn"])}
        />
        <TextField
          label="Title (French)"
          lang="fr"
          value={v.titleFr}
          onChange={(x) => set(["titleFr"], x)}
          error={errorFor(["titleFr"])}
        />
        <SelectField
          label="Kind"
          value={v.kind}
          onChange={(x) => set(["kind"], x)}
          options={COMMITMENT_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] ?? k }))}
          error={errorFor(["kind"])}
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
        <div className="sm:col-span-2">
          <TargetFields value={v} onChange={(key, x, touches) => set([key], x, touches)} errorFor={errorFor} />
        </div>
      </div>
      <SideFields
        direction={v.direction}
        sides={v.sides}
        countries={countries}
        errorFor={errorFor}
        onDirection={(direction, sides) => {
          set(["sides"], sides);
          set(["direction"], direction);
        }}
        onSides={(sides, field) => set(["sides"], sides, field)}
      />
      <SectorChecklist
        sectors={sectors}
        selected={v.sectors}
        onChange={(codes) => set(["sectors"], codes)}
        error={errorFor(["sectors"])}
      />
      <AmountFields value={v} onChange={(key, x, touches) => set([key], x, touches)} errorFor={errorFor} />
      <QuantityFields value={v} onChange={(key, x, touches) => set([key], x, touches)} errorFor={errorFor} />
      <div className="grid gap-4 sm:grid-cols-2">
        <RecordPicker
          label="Made at (event)"
          type="event"
          optional
          value={v.event}
          onChange={(x) => set(["event"], x, ["eventId"])}
          error={errorFor(["eventId"])}
        />
        <RecordPicker
          label="In document"
          type="document"
          optional
          value={v.document}
          onChange={(x) => set(["document"], x, ["documentId"])}
          error={errorFor(["documentId"])}
        />
      </div>
      {mode.create ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            label="Status when recorded"
            value={v.status}
            onChange={(x) => set(["status"], x)}
            options={STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
            error={errorFor(["status"])}
          />
          <PartialDateField
            label="Status effective"
            value={v.statusEffective}
            onChange={(x) => set(["statusEffective"], x)}
            error={errorFor(["statusEffective"])}
          />
        </div>
      ) : null}
      <CitationFields
        citations={v.citations}
        sources={sources}
        required={mode.create}
        errorFor={errorFor}
        onChange={(next, touched) => set(["citations"], next, touched.split("."))}
      />
      <fieldset className="space-y-3 rounded border border-line p-3">
        <legend className="px-1 text-sm font-semibold">Related commitments (optional)</legend>
        {v.links.map((l, i) => (
          <div key={i} className="grid gap-3 sm:grid-cols-2">
            <SelectField
              label={`Relation ${i + 1}`}
              value={l.kind}
              options={LINK_KINDS.map((k) => ({ value: k, label: humanize(k) }))}
              onChange={(x) => set(["links", i, "kind"], x)}
            />
            <RecordPicker
              label={`Related commitment ${i + 1}`}
              type="commitment"
              value={l.commitment}
              onChange={(x) => set(["links", i, "commitment"], x)}
              error={errorFor(["links", i, "commitmentId"])}
            />
          </div>
        ))}
        <button
          type="button"
          onClick={() => set(["links"], [...v.links, { kind: "follow_up_of", commitment: null }])}
          className="rounded border border-line bg-white px-3 py-1 text-sm hover:border-accent"
        >
          Add a relation
        </button>
      </fieldset>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-accent px-4 py-2 font-medium text-white disabled:opacity-60"
      >
        {pending ? "Saving…" : mode.create ? "Create the commitment" : "Save the changes"}
      </button>
    </form>
  );
}
