"use client";

import { PartialDateField, TextField } from "../forms/fields";
import { RecordPicker } from "../forms/record-picker";
import { emptyPosition, type PositionValues } from "./person-form-values";

type Path = (string | number)[];

/** The offices a person held over time, each with its organization and dates as precise as known. */
export function PositionFields({
  positions,
  set,
  errorFor,
}: {
  positions: PositionValues[];
  set: (path: Path, value: unknown, touches?: Path) => void;
  errorFor: (path: Path) => string | undefined;
}) {
  return (
    <fieldset className="space-y-3 rounded border border-line p-3">
      <legend className="px-1 text-sm font-semibold">Positions (optional)</legend>
      {errorFor(["positions"]) ? <p className="text-sm text-red-800">{errorFor(["positions"])}</p> : null}
      {positions.map((p, i) => {
        const at = (field: string): Path => ["positions", i, field];
        return (
          <div key={p.id ?? `new-${i}`} className="grid gap-3 border-b border-line pb-3 last:border-0 sm:grid-cols-2">
            <TextField
              label={`Title of position ${i + 1}`}
              value={p.title}
              placeholder="Minister of Information and Communications"
              onChange={(x) => set(at("title"), x)}
              error={errorFor(at("title"))}
            />
            <TextField
              label={`French title of position ${i + 1}`}
              optional
              value={p.titleFr}
              onChange={(x) => set(at("titleFr"), x)}
              error={errorFor(at("titleFr"))}
            />
            <div className="sm:col-span-2">
              <RecordPicker
                label={`Organization of position ${i + 1}`}
                type="organization"
                optional
                value={p.organization}
                onChange={(x) => set(at("organization"), x, at("organizationId"))}
                error={errorFor(at("organizationId"))}
              />
            </div>
            <PartialDateField
              label={`Position ${i + 1} held from`}
              optional
              value={p.from}
              onChange={(x) => set(at("from"), x)}
              error={errorFor(at("from"))}
            />
            <PartialDateField
              label={`Position ${i + 1} held to`}
              optional
              value={p.to}
              onChange={(x) => set(at("to"), x)}
              error={errorFor(at("to"))}
            />
            <button
              type="button"
              onClick={() =>
                set(
                  ["positions"],
                  positions.filter((_, j) => j !== i),
                )
              }
              className="justify-self-start text-sm text-accent hover:underline sm:col-span-2"
            >
              Remove position {i + 1}
            </button>
          </div>
        );
      })}
      <button
        type="button"
        onClick={() => set(["positions"], [...positions, emptyPosition()])}
        className="rounded border border-line bg-white px-3 py-1 text-sm hover:border-accent"
      >
        Add a position
      </button>
    </fieldset>
  );
}
