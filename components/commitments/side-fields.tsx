"use client";

import { useId } from "react";
import type { Direction, SideRole } from "@/lib/commitments/sides";
import type { CountryOption } from "@/lib/countries/match";
import { FieldError } from "../forms/field-error";
import { PartyFields } from "../forms/party-fields";
import { emptySide, switchDirection, type SideValues } from "./side-values";

const GROUPS: Record<Direction, { role: SideRole; legend: string; entry: string; add: string; min: number }[]> = {
  one_way: [
    { role: "giver", legend: "Who commits (giver)", entry: "Giver", add: "Add another giver", min: 1 },
    { role: "receiver", legend: "For whom (receiver)", entry: "Receiver", add: "Add another receiver", min: 1 },
  ],
  mutual: [
    { role: "party", legend: "The parties, committing to each other", entry: "Party", add: "Add a party", min: 2 },
  ],
};

/** Who commits to whom: the direction, then each side's entries, each one removable. */
export function SideFields({
  direction,
  sides,
  countries,
  onDirection,
  onSides,
  errorFor,
}: {
  direction: Direction;
  sides: SideValues[];
  countries: readonly CountryOption[];
  onDirection: (direction: Direction, sides: SideValues[]) => void;
  onSides: (sides: SideValues[], field: (string | number)[]) => void;
  errorFor: (path: (string | number)[]) => string | undefined;
}) {
  const name = useId();
  const sidesError = errorFor(["sides"]);
  return (
    <fieldset
      className="space-y-3 rounded border border-line p-3"
      aria-describedby={sidesError ? `${name}-error` : undefined}
    >
      <legend className="px-1 text-sm font-semibold">Who commits to whom</legend>
      <div role="radiogroup" aria-label="Direction" className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
        {(
          [
            ["one_way", "One-way: one side commits to the other"],
            ["mutual", "Mutual: the sides commit to each other"],
          ] as const
        ).map(([value, label]) => (
          <label key={value} className="flex items-center gap-2">
            <input
              type="radio"
              name={name}
              value={value}
              checked={direction === value}
              onChange={() => onDirection(value, switchDirection(sides, value))}
              className="accent-accent"
            />
            {label}
          </label>
        ))}
      </div>
      <FieldError id={`${name}-error`} message={sidesError} />
      <div className="grid gap-4 lg:grid-cols-2">
        {GROUPS[direction].map((group) => {
          const entries = sides.flatMap((s, index) => (s.role === group.role ? [{ s, index }] : []));
          return (
            <div key={group.role} role="group" aria-labelledby={`${name}-${group.role}`} className="space-y-3">
              <p id={`${name}-${group.role}`} className="text-sm font-semibold">
                {group.legend}
              </p>
              {entries.map(({ s, index }, n) => (
                <div key={index} className="space-y-2">
                  <PartyFields
                    legend={`${group.entry} ${n + 1}`}
                    path={["sides", index]}
                    value={s}
                    countries={countries}
                    errorFor={errorFor}
                    onChange={(next, field) =>
                      onSides(
                        sides.map((old, i) => (i === index ? { ...next, role: old.role } : old)),
                        ["sides", index, field],
                      )
                    }
                  />
                  {entries.length > group.min ? (
                    <button
                      type="button"
                      className="text-sm text-accent underline underline-offset-2"
                      onClick={() =>
                        onSides(
                          sides.filter((_, i) => i !== index),
                          ["sides"],
                        )
                      }
                    >
                      Remove {group.entry.toLowerCase()} {n + 1}
                    </button>
                  ) : null}
                </div>
              ))}
              <button
                type="button"
                className="rounded border border-line bg-white px-3 py-1.5 text-sm text-accent hover:bg-slate-50"
                onClick={() => onSides([...sides, emptySide(group.role)], ["sides"])}
              >
                {group.add}
              </button>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
