import Link from "next/link";
import { SectorChecklist } from "../forms/sector-checklist";
import type { ReactNode } from "react";
import type { CommitmentFilter } from "@/lib/commitments/schema";
import { COMMITMENT_KINDS } from "@/lib/commitments/schema";
import type { CountryOption } from "@/lib/countries/match";
import { KIND_LABELS } from "@/lib/format/labels";
import { STATUSES, STATUS_LABELS } from "@/lib/status/rules";
import { CountryPicker } from "../forms/country-picker";

type Option = { code: string; name: string };

// A plain GET form: the filter lives in the URL, works without JavaScript, and the back button
// returns to the previous filter.

function Group({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="space-y-1">
      <legend className="mb-1 text-xs font-semibold uppercase tracking-wide text-muted">{legend}</legend>
      {children}
    </fieldset>
  );
}

function Checks({
  name,
  options,
  checked,
}: {
  name: string;
  options: { value: string; label: string }[];
  checked: readonly string[] | undefined;
}) {
  return (
    <div className="grid grid-cols-2 gap-x-2 gap-y-1 lg:grid-cols-1">
      {options.map((o) => (
        <label key={o.value} className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            name={name}
            value={o.value}
            defaultChecked={checked?.includes(o.value)}
            className="h-4 w-4 accent-accent"
          />
          {o.label}
        </label>
      ))}
    </div>
  );
}

function DateInput({ name, label, value }: { name: string; label: string; value: string | undefined }) {
  return (
    <label className="block text-sm">
      <span className="text-muted">{label}</span>
      <input
        type="date"
        name={name}
        defaultValue={value ?? ""}
        className="mt-0.5 block w-full rounded border border-line bg-white px-2 py-1"
      />
    </label>
  );
}

export function CommitmentFilterForm({
  filter,
  sectors,
  countries,
}: {
  filter: CommitmentFilter;
  sectors: Option[];
  countries: readonly CountryOption[];
}) {
  return (
    <form
      method="get"
      action="/commitments"
      aria-label="Filter commitments"
      className="space-y-5 rounded border border-line bg-white p-4"
    >
      <label className="block text-sm">
        <span className="font-semibold">Search</span>
        <input
          type="search"
          name="q"
          defaultValue={filter.q ?? ""}
          placeholder="Words in the title or description"
          className="mt-1 block w-full rounded border border-line px-2 py-1.5"
        />
      </label>
      <Group legend="Status">
        <Checks
          name="status"
          checked={filter.status}
          options={STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
        />
      </Group>
      <Group legend="Kind">
        <Checks
          name="kind"
          checked={filter.kind}
          options={COMMITMENT_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] ?? k }))}
        />
      </Group>
      <SectorChecklist legend="Sector" sectors={sectors} name="sector" selected={filter.sector ?? []} />
      <Group legend="Countries">
        {/* ~250 countries: a search by name or code, not a menu (a menu until the script runs). */}
        <CountryPicker
          name="from"
          label="From (giver)"
          placeholder="Any"
          variant="filter"
          countries={countries}
          defaultValue={filter.from?.[0]}
        />
        <CountryPicker
          name="to"
          label="To (receiver)"
          placeholder="Any"
          variant="filter"
          countries={countries}
          defaultValue={filter.to?.[0]}
        />
        <CountryPicker
          name="country"
          label="Either side"
          placeholder="Any"
          variant="filter"
          countries={countries}
          defaultValue={filter.country?.[0]}
        />
        <label className="block text-sm">
          <span className="text-muted">Direction</span>
          <select
            name="direction"
            defaultValue={filter.direction ?? ""}
            className="mt-0.5 block w-full rounded border border-line bg-white px-2 py-1"
          >
            <option value="">Any</option>
            <option value="one_way">One-way</option>
            <option value="mutual">Mutual</option>
          </select>
        </label>
        {filter.pair ? <input type="hidden" name="pair" value={filter.pair.join("-")} /> : null}
      </Group>
      <Group legend="Overdue">
        <select
          name="overdue"
          aria-label="Overdue"
          defaultValue={filter.overdue === undefined ? "" : String(filter.overdue)}
          className="block w-full rounded border border-line bg-white px-2 py-1 text-sm"
        >
          <option value="">Any</option>
          <option value="true">Overdue only</option>
          <option value="false">Not overdue</option>
        </select>
      </Group>
      <Group legend="Target date">
        <div className="grid grid-cols-2 gap-2">
          <DateInput name="targetFrom" label="From" value={filter.targetFrom} />
          <DateInput name="targetTo" label="To" value={filter.targetTo} />
        </div>
      </Group>
      <Group legend="Event date">
        <div className="grid grid-cols-2 gap-2">
          <DateInput name="eventFrom" label="From" value={filter.eventFrom} />
          <DateInput name="eventTo" label="To" value={filter.eventTo} />
        </div>
      </Group>
      {filter.sort !== "target" ? <input type="hidden" name="sort" value={filter.sort} /> : null}
      {filter.asOf ? <input type="hidden" name="asOf" value={filter.asOf} /> : null}
      {filter.eventId ? <input type="hidden" name="eventId" value={filter.eventId} /> : null}
      {filter.documentId ? <input type="hidden" name="documentId" value={filter.documentId} /> : null}
      <div className="flex items-center gap-3">
        <button
          type="submit"
          className="rounded bg-accent px-3 py-1.5 text-sm font-medium text-white hover:bg-accent/90"
        >
          Apply filters
        </button>
        <Link
          href={filter.asOf ? `/commitments?asOf=${filter.asOf}` : "/commitments"}
          className="text-sm text-accent hover:underline"
        >
          Clear
        </Link>
      </div>
    </form>
  );
}
