"use client";

import type { CountryOption } from "@/lib/countries/match";
import { PARTICIPANT_ROLES } from "@/lib/events/schema";
import { humanize } from "@/lib/format/labels";
import { CountryPicker } from "../forms/country-picker";
import { SelectField } from "../forms/fields";
import { RecordPicker } from "../forms/record-picker";
import { emptyParticipant, type ParticipantValues, type ParticipantWho } from "./event-form-values";

type Path = (string | number)[];

const WHO: { value: ParticipantWho; label: string }[] = [
  { value: "person", label: "A person" },
  { value: "organization", label: "An organization or international body" },
  { value: "country", label: "A country (its delegation)" },
];

/** Who took part and in what role: each row one person, organization or country. */
export function ParticipantFields({
  participants,
  countries,
  set,
  errorFor,
}: {
  participants: ParticipantValues[];
  countries: readonly CountryOption[];
  set: (path: Path, value: unknown, touches?: Path) => void;
  errorFor: (path: Path) => string | undefined;
}) {
  return (
    <fieldset className="space-y-3 rounded border border-line p-3">
      <legend className="px-1 text-sm font-semibold">Participants (optional)</legend>
      {participants.map((p, i) => {
        const at = (field: string): Path => ["participants", i, field];
        // The schema reports "name someone" on personId whichever kind the row is.
        const missing = errorFor(at("personId"));
        return (
          <div key={i} className="grid gap-3 border-b border-line pb-3 last:border-0 sm:grid-cols-3">
            <SelectField
              label={`Role of participant ${i + 1}`}
              value={p.role}
              options={PARTICIPANT_ROLES.map((r) => ({ value: r, label: humanize(r) }))}
              onChange={(x) => set(at("role"), x)}
              error={errorFor(at("role"))}
            />
            <SelectField
              label={`Participant ${i + 1} is`}
              value={p.who}
              options={WHO}
              onChange={(x) => set(at("who"), x, at("personId"))}
            />
            {p.who === "person" ? (
              <RecordPicker
                label={`Participant ${i + 1}: person`}
                type="person"
                value={p.person}
                onChange={(x) => set(at("person"), x, at("personId"))}
                error={missing}
              />
            ) : p.who === "organization" ? (
              <RecordPicker
                label={`Participant ${i + 1}: organization`}
                type="organization"
                value={p.organization}
                onChange={(x) => set(at("organization"), x, at("organizationId"))}
                error={errorFor(at("organizationId")) ?? missing}
              />
            ) : (
              <CountryPicker
                label={`Participant ${i + 1}: country`}
                value={p.countryCode}
                countries={countries}
                onChange={(x) => set(at("countryCode"), x)}
                error={errorFor(at("countryCode")) ?? missing}
              />
            )}
            <button
              type="button"
              onClick={() =>
                set(
                  ["participants"],
                  participants.filter((_, j) => j !== i),
                )
              }
              className="justify-self-start text-sm text-accent hover:underline sm:col-span-3"
            >
              Remove participant {i + 1}
            </button>
          </div>
        );
      })}
      <button
        type="button"
        onClick={() => set(["participants"], [...participants, emptyParticipant()])}
        className="rounded border border-line bg-white px-3 py-1 text-sm hover:border-accent"
      >
        Add a participant
      </button>
    </fieldset>
  );
}
