"use client";

import { useId, type ReactNode } from "react";
import { DOCUMENT_KINDS } from "@/lib/documents/schema";
import { EVENT_KINDS } from "@/lib/events/schema";
import { COMMITMENT_KINDS } from "@/lib/commitments/schema";
import type { CountryOption } from "@/lib/countries/match";
import type { CommitmentRow, DocumentRow, EventRow, ReviewSide } from "@/lib/ingest/review";
import { AMOUNT_QUALIFIERS, QUALIFIER_LABELS } from "@/lib/money/qualifier";
import { KIND_LABELS, humanize } from "@/lib/format/labels";
import { STATUSES, STATUS_LABELS } from "@/lib/status/rules";
import { CountryPicker } from "../forms/country-picker";
import { PartialDateField, SelectField, TextField } from "../forms/fields";

/** What every row's fields need: its values, a setter, and the error of a field of its record. */
export interface RowProps<R> {
  row: R;
  set: (field: keyof R & string, value: unknown) => void;
  error: (field: string) => string | undefined;
  countries: readonly CountryOption[];
  events: readonly { title: string; keep: boolean }[];
}

const options = (list: readonly string[], label: (v: string) => string = humanize) =>
  list.map((value) => ({ value, label: label(value) }));

function Grid({ children }: { children: ReactNode }) {
  return <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">{children}</div>;
}

function Checkbox({ label, checked, onChange }: { label: string; checked: boolean; onChange: (v: boolean) => void }) {
  const id = useId();
  return (
    <div className="flex items-center gap-2 self-end pb-2 text-sm">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/** A side: a country picked by name, or the international body the assistant recognised. */
function SideField({
  label,
  side,
  onChange,
  error,
  countries,
}: {
  label: string;
  side: ReviewSide;
  onChange: (side: ReviewSide) => void;
  error?: string;
  countries: readonly CountryOption[];
}) {
  if (side.organizationId)
    return (
      <div className="text-sm">
        <p className="font-medium">{label}</p>
        <p className="mt-1 flex items-center gap-2">
          {side.label} <span className="text-muted">(organization)</span>
          <button
            type="button"
            className="text-accent underline"
            onClick={() => onChange({ countryCode: "", organizationId: "", label: "" })}
          >
            Pick a country instead<span className="sr-only"> for {label}</span>
          </button>
        </p>
      </div>
    );
  return (
    <CountryPicker
      label={label}
      countries={countries}
      value={side.countryCode}
      onChange={(code) => onChange({ countryCode: code, organizationId: "", label: code })}
      error={error}
    />
  );
}

function EventChoice({
  value,
  onChange,
  events,
  error,
}: {
  value: number | null;
  onChange: (v: number | null) => void;
  events: RowProps<unknown>["events"];
  error?: string;
}) {
  if (!events.length) return null;
  return (
    <SelectField
      label="Made at the event"
      optional
      value={value === null ? "" : String(value)}
      onChange={(v) => onChange(v === "" ? null : Number(v))}
      placeholder="None"
      options={events.map((e, i) => ({ value: String(i), label: e.title || `Event ${i + 1}` }))}
      hint={value !== null && !events[value]?.keep ? "Tick this event too, or the link is not saved." : undefined}
      error={error}
    />
  );
}

/** Every row's title, wide; the server names its error after the language it was stored in. */
function TitleField<R extends { title: string }>({
  title,
  set,
  error,
}: {
  title: string;
  set: RowProps<R>["set"];
  error: RowProps<R>["error"];
}) {
  return (
    <div className="sm:col-span-2">
      <TextField
        label="Title"
        value={title}
        onChange={(v) => set("title", v)}
        error={error("titleEn") ?? error("titleFr")}
      />
    </div>
  );
}

const sideError = (error: RowProps<unknown>["error"], i: number) =>
  error(`sides.${i}.countryCode`) ?? error(`sides.${i}.organizationId`) ?? (i === 0 ? error("sides") : undefined);

export function CommitmentFields({ row, set, error, countries, events }: RowProps<CommitmentRow>) {
  return (
    <Grid>
      <TitleField title={row.title} set={set} error={error} />
      <SelectField
        label="Kind"
        value={row.kind}
        onChange={(v) => set("kind", v)}
        options={options(COMMITMENT_KINDS, (k) => KIND_LABELS[k] ?? humanize(k))}
      />
      <SideField
        label={row.mutual ? "Party" : "From (giver)"}
        side={row.from}
        onChange={(s) => set("from", s)}
        error={sideError(error, 0)}
        countries={countries}
      />
      <SideField
        label={row.mutual ? "Other party" : "To (receiver)"}
        side={row.to}
        onChange={(s) => set("to", s)}
        error={sideError(error, 1)}
        countries={countries}
      />
      <Checkbox label="Mutual: both sides commit" checked={row.mutual} onChange={(v) => set("mutual", v)} />
      <TextField
        label="Amount"
        optional
        value={row.amountValue}
        onChange={(v) => set("amountValue", v)}
        error={error("amount.value") ?? error("amount")}
      />
      <TextField
        label="Currency"
        value={row.amountCurrency}
        onChange={(v) => set("amountCurrency", v.toUpperCase())}
        error={error("amount.currency")}
      />
      <SelectField
        label="How exact"
        value={row.amountQualifier}
        onChange={(v) => set("amountQualifier", v)}
        options={options(AMOUNT_QUALIFIERS, (q) => QUALIFIER_LABELS[q as keyof typeof QUALIFIER_LABELS])}
      />
      <PartialDateField
        label="Target date"
        optional
        value={row.targetDate}
        onChange={(v) => set("targetDate", v)}
        error={error("target") ?? error("target.date")}
      />
      <PartialDateField
        label="Target range ends"
        optional
        hint="Only for a range, such as 2012–2013."
        value={row.targetEnd}
        onChange={(v) => set("targetEnd", v)}
        error={error("target.end")}
      />
      <SelectField
        label="Status"
        value={row.status}
        onChange={(v) => set("status", v)}
        options={options(STATUSES, (s) => STATUS_LABELS[s as keyof typeof STATUS_LABELS])}
      />
      <PartialDateField
        label="Status since"
        hint="When it was said: the event's date, not the article's."
        value={row.statusEffective}
        onChange={(v) => set("statusEffective", v)}
        error={error("statusEffective")}
      />
      <EventChoice value={row.event} onChange={(v) => set("event", v)} events={events} />
      {row.quantity ? (
        <Checkbox
          label={`Keep the figure: ${row.quantity.baseline ? `${row.quantity.baseline} → ` : ""}${
            row.quantity.atLeast ? "at least " : ""
          }${row.quantity.target ?? row.quantity.delta ?? ""} ${row.quantity.unit}`}
          checked={row.keepQuantity}
          onChange={(v) => set("keepQuantity", v)}
        />
      ) : null}
    </Grid>
  );
}

export function EventFields({ row, set, error, countries }: RowProps<EventRow>) {
  return (
    <Grid>
      <TitleField title={row.title} set={set} error={error} />
      <SelectField label="Kind" value={row.kind} onChange={(v) => set("kind", v)} options={options(EVENT_KINDS)} />
      <PartialDateField
        label="Start"
        value={row.startDate}
        onChange={(v) => set("startDate", v)}
        error={error("start")}
      />
      <PartialDateField
        label="End"
        optional
        hint="For an event of several days."
        value={row.endDate}
        onChange={(v) => set("endDate", v)}
        error={error("end")}
      />
      <TextField
        label="Place"
        optional
        value={row.location}
        onChange={(v) => set("location", v)}
        error={error("location")}
      />
      <CountryPicker
        label="Host country"
        optional
        countries={countries}
        value={row.hostCountryCode}
        onChange={(v) => set("hostCountryCode", v)}
        error={error("hostCountryCode")}
      />
      <CountryPicker
        label="Visiting country"
        optional
        countries={countries}
        value={row.visitingCountryCode}
        onChange={(v) => set("visitingCountryCode", v)}
        error={error("visitingCountryCode")}
      />
    </Grid>
  );
}

export function DocumentFields({ row, set, error, countries, events }: RowProps<DocumentRow>) {
  return (
    <Grid>
      <TitleField title={row.title} set={set} error={error} />
      <SelectField label="Kind" value={row.kind} onChange={(v) => set("kind", v)} options={options(DOCUMENT_KINDS)} />
      <PartialDateField
        label="Signed"
        optional
        value={row.signed}
        onChange={(v) => set("signed", v)}
        error={error("signed")}
      />
      {row.parties.map((party, i) => (
        <SideField
          key={i}
          label={`Party ${i + 1}`}
          side={party}
          onChange={(s) => set("parties", row.parties.toSpliced(i, 1, s))}
          error={error(`parties.${i}.countryCode`)}
          countries={countries}
        />
      ))}
      <EventChoice value={row.event} onChange={(v) => set("event", v)} events={events} />
    </Grid>
  );
}
