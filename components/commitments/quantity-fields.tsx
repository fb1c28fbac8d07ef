"use client";

import { TextField } from "../forms/fields";
import type { QuantityValues } from "./value-inputs";

type Path = (string | number)[];

const FIGURES = ["baseline", "target", "delta"] as const;
const isFigure = (key: string): key is (typeof FIGURES)[number] => (FIGURES as readonly string[]).includes(key);

/**
 * The quantity group: a target ("30 minutes a day"), a change ("an increase of 50 MW"), or both
 * from a baseline; the schema says which combinations hold.
 */
export function QuantityFields({
  value: v,
  onChange,
  errorFor,
}: {
  value: QuantityValues;
  onChange: <K extends keyof QuantityValues>(key: K, next: QuantityValues[K], touches: Path) => void;
  errorFor: (path: Path) => string | undefined;
}) {
  const text = (key: "baseline" | "target" | "delta" | "unit" | "scope") => ({
    value: v[key],
    onChange: (x: string) => {
      onChange(key, x, ["quantity", key]);
      // The three figures are checked together ("give the baseline they start from"): typing one
      // marks the others as touched too, so a rule it breaks shows beside its field at once.
      if (isFigure(key)) for (const other of FIGURES) if (other !== key) onChange(other, v[other], ["quantity", other]);
    },
    error: errorFor(["quantity", key]),
  });
  return (
    <fieldset className="space-y-3 rounded border border-line p-3">
      <legend className="px-1 text-sm font-semibold">Quantity (optional)</legend>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          className="accent-accent"
          checked={v.hasQuantity}
          onChange={(e) => onChange("hasQuantity", e.target.checked, ["quantity"])}
        />
        It names a quantity (15 → 30 minutes a day, an increase of 50 MW…)
      </label>
      {v.hasQuantity ? (
        <div className="grid gap-4 sm:grid-cols-4">
          <TextField label="From (baseline)" optional {...text("baseline")} />
          <TextField label="To (target)" {...text("target")} hint="A target, a change, or both." />
          <TextField label="Change" {...text("delta")} placeholder="+50 or -2.5" hint="An increase or a decrease." />
          <TextField label="Unit" {...text("unit")} placeholder="minutes per day" />
          <div className="sm:col-span-3">
            <TextField label="Scope" optional {...text("scope")} placeholder="in Phnom Penh and six provinces" />
          </div>
          <label className="flex items-center gap-2 self-end text-sm">
            <input
              type="checkbox"
              className="accent-accent"
              checked={v.atLeast}
              onChange={(e) => onChange("atLeast", e.target.checked, ["quantity", "atLeast"])}
            />
            At least
          </label>
        </div>
      ) : null}
    </fieldset>
  );
}
