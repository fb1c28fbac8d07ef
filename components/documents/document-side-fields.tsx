"use client";

import type { CountryOption } from "@/lib/countries/match";
import { CountryPicker } from "../forms/country-picker";
import { RecordPicker } from "../forms/record-picker";
import { emptyPartyRow, emptySignatory, type PartyRowValues, type SignatoryValues } from "./document-form-values";
import { PositionSelect } from "./position-select";

type Path = (string | number)[];
type Setter = (path: Path, value: unknown, touches?: Path) => void;
type ErrorFor = (path: Path) => string | undefined;

const ROW = "grid gap-3 border-b border-line pb-3 last:border-0 sm:grid-cols-2";
const ADD = "rounded border border-line bg-white px-3 py-1 text-sm hover:border-accent";
const REMOVE = "justify-self-start text-sm text-accent hover:underline sm:col-span-2";

/** The parties bound by the document: a country each, and the organization acting for it. */
export function PartyRows({
  parties,
  countries,
  set,
  errorFor,
}: {
  parties: PartyRowValues[];
  countries: readonly CountryOption[];
  set: Setter;
  errorFor: ErrorFor;
}) {
  return (
    <fieldset className="space-y-3 rounded border border-line p-3">
      <legend className="px-1 text-sm font-semibold">Parties (optional)</legend>
      {parties.map((p, i) => (
        <div key={i} className={ROW}>
          <CountryPicker
            label={`Country of party ${i + 1}`}
            value={p.countryCode}
            countries={countries}
            onChange={(x) => set(["parties", i, "countryCode"], x)}
            error={errorFor(["parties", i, "countryCode"])}
          />
          <RecordPicker
            label={`Organization of party ${i + 1}`}
            type="organization"
            optional
            value={p.organization}
            onChange={(x) => set(["parties", i, "organization"], x, ["parties", i, "organizationId"])}
            error={errorFor(["parties", i, "organizationId"])}
          />
          <button
            type="button"
            onClick={() =>
              set(
                ["parties"],
                parties.filter((_, j) => j !== i),
              )
            }
            className={REMOVE}
          >
            Remove party {i + 1}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => set(["parties"], [...parties, emptyPartyRow()])} className={ADD}>
        Add a party
      </button>
    </fieldset>
  );
}

/** Who signed, in which position (one they held) and for which organization. */
export function SignatoryRows({
  signatories,
  set,
  errorFor,
}: {
  signatories: SignatoryValues[];
  set: Setter;
  errorFor: ErrorFor;
}) {
  return (
    <fieldset className="space-y-3 rounded border border-line p-3">
      <legend className="px-1 text-sm font-semibold">Signatories (optional)</legend>
      {signatories.map((s, i) => (
        <div key={i} className={ROW}>
          {/* A new person drops the position chosen for the previous one. */}
          <RecordPicker
            label={`Signatory ${i + 1}`}
            type="person"
            value={s.person}
            onChange={(x) =>
              set(["signatories", i], { ...s, person: x, positionId: "" }, ["signatories", i, "personId"])
            }
            error={errorFor(["signatories", i, "personId"])}
          />
          <PositionSelect
            label={`Position of signatory ${i + 1}`}
            personId={s.person?.id}
            value={s.positionId}
            onChange={(x) => set(["signatories", i, "positionId"], x)}
            error={errorFor(["signatories", i, "positionId"])}
          />
          <RecordPicker
            label={`Signing for (organization), signatory ${i + 1}`}
            type="organization"
            optional
            value={s.organization}
            onChange={(x) => set(["signatories", i, "organization"], x, ["signatories", i, "organizationId"])}
            error={errorFor(["signatories", i, "organizationId"])}
          />
          <button
            type="button"
            onClick={() =>
              set(
                ["signatories"],
                signatories.filter((_, j) => j !== i),
              )
            }
            className={REMOVE}
          >
            Remove signatory {i + 1}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => set(["signatories"], [...signatories, emptySignatory()])} className={ADD}>
        Add a signatory
      </button>
    </fieldset>
  );
}
