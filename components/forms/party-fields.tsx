"use client";

import type { CountryOption } from "@/lib/countries/match";
import { CountryPicker } from "./country-picker";
import { RecordPicker, type Picked } from "./record-picker";

export type PartyValues = { countryCode: string; organization: Picked; person: Picked };

/**
 * One entry of a side: a country and/or an organization (a ministry, an international body), and
 * optionally the person acting for it. `path` is where its fields sit in the schema's input.
 */
export function PartyFields({
  legend,
  value,
  countries,
  onChange,
  errorFor,
  path,
}: {
  legend: string;
  value: PartyValues;
  countries: readonly CountryOption[];
  onChange: (next: PartyValues, field: string) => void;
  errorFor: (path: (string | number)[]) => string | undefined;
  path: (string | number)[];
}) {
  return (
    <fieldset className="space-y-3 rounded border border-line p-3">
      <legend className="px-1 text-sm font-semibold">{legend}</legend>
      <CountryPicker
        label={`${legend}: country`}
        value={value.countryCode}
        countries={countries}
        placeholder="None (an international body)"
        onChange={(v) => onChange({ ...value, countryCode: v }, "countryCode")}
        error={errorFor([...path, "countryCode"])}
      />
      <RecordPicker
        label={`${legend}: organization`}
        type="organization"
        optional
        value={value.organization}
        onChange={(v) => onChange({ ...value, organization: v }, "organizationId")}
        error={errorFor([...path, "organizationId"])}
      />
      <RecordPicker
        label={`${legend}: person`}
        type="person"
        optional
        value={value.person}
        onChange={(v) => onChange({ ...value, person: v }, "personId")}
        error={errorFor([...path, "personId"])}
      />
    </fieldset>
  );
}
