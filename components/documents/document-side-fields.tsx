"use client";

import type { CountryOption } from "@/lib/countries/match";
import { SIGNATORY_ROLES, type SignatoryRole } from "@/lib/documents/schema";
import { CountryPicker } from "../forms/country-picker";
import { SelectField } from "../forms/fields";
import { RecordPicker } from "../forms/record-picker";
import { emptyPartyRow, emptySignatory, type PartyRowValues, type SignatoryValues } from "./document-form-values";
import { PositionSelect } from "./position-select";

type Path = (string | number)[];
type Setter = (path: Path, value: unknown, touches?: Path) => void;
type ErrorFor = (path: Path) => string | undefined;

const ROW = "grid gap-3 border-b border-line pb-3 last:border-0 sm:grid-cols-2";
const ADD = "rounded border border-line bg-white px-3 py-1 text-sm hover:border-accent";
const REMOVE = "justify-self-start text-sm text-accent hover:underline sm:col-span-2";

/**
 * The parties bound by the document: a country, the organization acting for it, or an
 * organization alone (an international body, which no one country stands for).
 */
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
      <p className="text-sm text-muted">
        Each party is a country, a country through one of its organizations, or an organization alone such as an
        international body.
      </p>
      {parties.map((p, i) => (
        <div key={i} className={ROW}>
          <CountryPicker
            label={`Country of party ${i + 1}`}
            value={p.countryCode}
            countries={countries}
            placeholder="None: the organization alone"
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

const ROLE_LABELS: Record<SignatoryRole, string> = {
  signatory: "Signed it",
  witness: "Witnessed it",
  presiding: "Presided over the signing",
};

/**
 * Who took part in the signing: each row a role (signed, witnessed, presided), the person in a
 * position they held, and the organization they acted for. The person may be left out when the
 * sources say only "the representative of" an organization.
 */
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
      <legend className="px-1 text-sm font-semibold">Signatories and witnesses (optional)</legend>
      <p className="text-sm text-muted">
        Name the person, or only the organization when the sources say &ldquo;the representative of&rdquo; it.
      </p>
      {signatories.map((s, i) => (
        <div key={i} className={ROW}>
          <SelectField
            label={`Role of signatory or witness ${i + 1}`}
            value={s.role}
            options={SIGNATORY_ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
            onChange={(x) => set(["signatories", i, "role"], x)}
            error={errorFor(["signatories", i, "role"])}
          />
          {/* A new person drops the position chosen for the previous one. */}
          <RecordPicker
            label={`Person, signatory or witness ${i + 1}`}
            type="person"
            optional
            value={s.person}
            onChange={(x) =>
              set(["signatories", i], { ...s, person: x, positionId: "" }, ["signatories", i, "personId"])
            }
            error={errorFor(["signatories", i, "personId"])}
          />
          <PositionSelect
            label={`Position, signatory or witness ${i + 1}`}
            personId={s.person?.id}
            value={s.positionId}
            onChange={(x) => set(["signatories", i, "positionId"], x)}
            error={errorFor(["signatories", i, "positionId"])}
          />
          <RecordPicker
            label={`Representing (organization), signatory or witness ${i + 1}`}
            type="organization"
            optional
            value={s.organization}
            onChange={(x) => set(["signatories", i, "organization"], x, ["signatories", i, "personId"])}
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
            Remove signatory or witness {i + 1}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => set(["signatories"], [...signatories, emptySignatory()])} className={ADD}>
        Add a signatory or witness
      </button>
    </fieldset>
  );
}
