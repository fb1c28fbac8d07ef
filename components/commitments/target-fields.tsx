"use client";

import { useId } from "react";
import { PartialDateField } from "../forms/fields";
import type { TargetValues } from "./value-inputs";

type Path = (string | number)[];

/** The target group: a single date ("by June 2020") or a range ("2012–2013"), each end at its precision. */
export function TargetFields({
  value: v,
  onChange,
  errorFor,
}: {
  value: TargetValues;
  onChange: <K extends keyof TargetValues>(key: K, next: TargetValues[K], touches: Path) => void;
  errorFor: (path: Path) => string | undefined;
}) {
  const name = useId();
  const choices = [
    { range: false, label: "A single date" },
    { range: true, label: "A range" },
  ];
  return (
    <fieldset className="space-y-3 rounded border border-line p-3">
      <legend className="px-1 text-sm font-semibold">Target (optional)</legend>
      <div className="flex flex-wrap gap-4">
        {choices.map((c) => (
          <label key={c.label} className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name={name}
              className="accent-accent"
              checked={v.targetRange === c.range}
              // Choosing a range does not yet ask for its end: that waits until the end is typed.
              onChange={() => onChange("targetRange", c.range, ["target"])}
            />
            {c.label}
          </label>
        ))}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <PartialDateField
          label={v.targetRange ? "Target from" : "Target date"}
          value={v.targetDate}
          onChange={(x) => onChange("targetDate", x, ["target", "date"])}
          hint={v.targetRange ? "The first period: 2012, 2020-03…" : 'As the source says: "by June 2020" is 2020-06.'}
          error={errorFor(["target", "date"])}
        />
        {v.targetRange ? (
          <PartialDateField
            label="Target to"
            value={v.targetEndDate}
            onChange={(x) => onChange("targetEndDate", x, ["target", "end"])}
            hint="The last period, included: 2013, 2020-06…"
            error={errorFor(["target", "end"])}
          />
        ) : null}
      </div>
    </fieldset>
  );
}
