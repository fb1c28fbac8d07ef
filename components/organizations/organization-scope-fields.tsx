"use client";

import { useId } from "react";
import type { CountryOption } from "@/lib/countries/match";
import { SCOPE_HINTS, SCOPE_LABELS } from "@/lib/organizations/labels";
import { ORGANIZATION_SCOPES, type OrganizationScope } from "@/lib/organizations/schema";
import { FieldError } from "../forms/field-error";
import { CountryPicker } from "../forms/country-picker";

type Path = (string | number)[];

/**
 * Whose organization it is: one country's (a country), or a body's (its member countries; two
 * for a bilateral one). The radios are one tab stop, arrows change the scope, and only the
 * fields of the chosen scope show.
 */
export function OrganizationScopeFields({
  scope,
  countryCode,
  members,
  countries,
  set,
  errorFor,
}: {
  scope: OrganizationScope;
  countryCode: string;
  members: string[];
  countries: readonly CountryOption[];
  set: (path: Path, value: unknown, touches?: Path) => void;
  errorFor: (path: Path) => string | undefined;
}) {
  const id = useId();

  const chooseScope = (next: OrganizationScope) => {
    set(["scope"], next);
    // A bilateral body has two rows from the start: the two countries are what defines it.
    if (next === "bilateral" && members.length < 2)
      set(["members"], [...members, "", ""].slice(0, Math.max(2, members.length)), ["scope"]);
    // The bilateral rows left blank are no members of an international body.
    if (next === "international" && members.includes(""))
      set(
        ["members"],
        members.filter((code) => code),
        ["scope"],
      );
  };

  return (
    <div className="space-y-3">
      <fieldset className="rounded border border-line p-3">
        <legend className="px-1 text-sm font-semibold">Scope</legend>
        <div className="grid gap-2 sm:grid-cols-3">
          {ORGANIZATION_SCOPES.map((s) => (
            <div key={s} className="flex items-start gap-2 rounded border border-line p-2 text-sm">
              <input
                id={`${id}-${s}`}
                type="radio"
                name={`${id}-scope`}
                value={s}
                checked={scope === s}
                onChange={() => chooseScope(s)}
                aria-describedby={`${id}-${s}-hint`}
                className="mt-1 accent-accent"
              />
              <div>
                <label htmlFor={`${id}-${s}`} className="font-medium">
                  {SCOPE_LABELS[s]}
                </label>
                <p id={`${id}-${s}-hint`} className="text-xs text-muted">
                  {SCOPE_HINTS[s]}
                </p>
              </div>
            </div>
          ))}
        </div>
      </fieldset>

      {scope === "national" ? (
        <CountryPicker
          label="Country"
          value={countryCode}
          countries={countries}
          onChange={(x) => set(["countryCode"], x)}
          error={errorFor(["countryCode"])}
        />
      ) : (
        <fieldset className="space-y-3 rounded border border-line p-3" aria-describedby={`${id}-members-error`}>
          <legend className="px-1 text-sm font-semibold">
            {scope === "bilateral" ? "The two countries" : "Member countries (optional)"}
          </legend>
          {scope === "bilateral" ? (
            <div className="grid gap-3 sm:grid-cols-2">
              {(["First country", "Second country"] as const).map((label, i) => (
                <CountryPicker
                  key={label}
                  label={label}
                  value={members[i] ?? ""}
                  countries={countries}
                  onChange={(x) => set(["members", i], x)}
                  error={errorFor(["members", i])}
                />
              ))}
            </div>
          ) : (
            <>
              <p className="text-xs text-muted">
                List them when they are few and certain (ASEAN&apos;s ten); leave the list empty otherwise.
              </p>
              {members.map((code, i) => (
                <div key={i} className="flex flex-wrap items-end gap-3">
                  <div className="min-w-60 flex-1">
                    <CountryPicker
                      label={`Member country ${i + 1}`}
                      value={code}
                      countries={countries}
                      onChange={(x) => set(["members", i], x)}
                      error={errorFor(["members", i])}
                    />
                  </div>
                  <button
                    type="button"
                    onClick={() =>
                      set(
                        ["members"],
                        members.filter((_, j) => j !== i),
                      )
                    }
                    className="mb-2 text-sm text-accent hover:underline"
                  >
                    Remove member country {i + 1}
                  </button>
                </div>
              ))}
              <button
                type="button"
                onClick={() => set(["members"], [...members, ""])}
                className="rounded border border-line bg-white px-3 py-1 text-sm hover:border-accent"
              >
                Add a member country
              </button>
            </>
          )}
          <FieldError id={`${id}-members-error`} message={errorFor(["members"])} />
        </fieldset>
      )}
    </div>
  );
}
