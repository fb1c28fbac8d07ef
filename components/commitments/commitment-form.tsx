"use client";

import { useRouter } from "next/navigation";
import { useCallback, useTransition, type FormEvent } from "react";
import { createCommitmentAction, updateCommitmentAction } from "@/lib/commitments/actions";
import { COMMITMENT_KINDS, LINK_KINDS, commitmentCreateSchema, commitmentUpdateSchema } from "@/lib/commitments/schema";
import type { CountryOption } from "@/lib/countries/match";
import { KIND_LABELS, humanize } from "@/lib/format/labels";
import { CURRENCIES } from "@/lib/money/money";
import { STATUSES, STATUS_LABELS } from "@/lib/status/rules";
import type { EvidenceSourceOption } from "@/lib/status/queries";
import { CitationFields } from "../forms/citation-fields";
import { FormAlert, PartialDateField, SelectField, TextArea, TextField } from "../forms/fields";
import { RecordPicker } from "../forms/record-picker";
import { SectorChecklist, type SectorChoice } from "../forms/sector-checklist";
import { useZodForm } from "../forms/use-zod-form";
import { toCommitmentInput, type CommitmentFormValues } from "./commitment-form-values";
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
        <PartialDateField
          label="Target date"
          optional
          value={v.targetDate}
          onChange={(x) => set(["targetDate"], x, ["target"])}
          error={errorFor(["target"])}
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
      <fieldset className="grid gap-4 rounded border border-line p-3 sm:grid-cols-2">
        <legend className="px-1 text-sm font-semibold">Amount (optional)</legend>
        <TextField
          label="Amount"
          value={v.amountValue}
          onChange={(x) => set(["amountValue"], x, ["amount", "value"])}
          placeholder="5000000 or 550000.50"
          error={errorFor(["amount", "value"])}
        />
        <SelectField
          label="Currency"
          value={v.amountCurrency}
          onChange={(x) => set(["amountCurrency"], x)}
          options={CURRENCIES.map((c) => ({ value: c, label: c }))}
          error={errorFor(["amount", "currency"])}
        />
      </fieldset>
      <fieldset className="space-y-3 rounded border border-line p-3">
        <legend className="px-1 text-sm font-semibold">Quantity (optional)</legend>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            className="accent-accent"
            checked={v.hasQuantity}
            onChange={(e) => set(["hasQuantity"], e.target.checked)}
          />
          It names a quantity (15 → 30 minutes a day…)
        </label>
        {v.hasQuantity ? (
          <div className="grid gap-4 sm:grid-cols-3">
            <TextField
              label="From (baseline)"
              optional
              value={v.baseline}
              onChange={(x) => set(["baseline"], x, ["quantity", "baseline"])}
              error={errorFor(["quantity", "baseline"])}
            />
            <TextField
              label="To (target)"
              value={v.target}
              onChange={(x) => set(["target"], x, ["quantity", "target"])}
              error={errorFor(["quantity", "target"])}
            />
            <TextField
              label="Unit"
              value={v.unit}
              onChange={(x) => set(["unit"], x, ["quantity", "unit"])}
              placeholder="minutes per day"
              error={errorFor(["quantity", "unit"])}
            />
            <div className="sm:col-span-2">
              <TextField
                label="Scope"
                optional
                value={v.scope}
                onChange={(x) => set(["scope"], x)}
                placeholder="in Phnom Penh and six provinces"
                error={errorFor(["quantity", "scope"])}
              />
            </div>
            <label className="flex items-center gap-2 self-end text-sm">
              <input
                type="checkbox"
                className="accent-accent"
                checked={v.atLeast}
                onChange={(e) => set(["atLeast"], e.target.checked)}
              />
              At least
            </label>
          </div>
        ) : null}
      </fieldset>
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
