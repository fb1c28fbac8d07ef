"use client";

import { fewerSignedThanRecorded } from "@/lib/events/rules";
import { TextField } from "../forms/fields";

/**
 * "Eleven documents were signed": the number the sources report. A number below the documents
 * already recorded at the event is saved (sources count differently) but flagged here first,
 * as it is more often a slip of the keyboard or a document linked to the wrong event.
 */
export function DocumentsSignedField({
  value,
  recorded,
  onChange,
  error,
}: {
  value: string;
  recorded: number;
  onChange: (value: string) => void;
  error?: string;
}) {
  const typed = value.trim() === "" ? null : Number(value);
  const warn = !error && typed !== null && Number.isInteger(typed) && fewerSignedThanRecorded(typed, recorded);
  return (
    <div>
      <TextField
        label="Documents signed (number reported)"
        optional
        value={value}
        onChange={onChange}
        error={error}
        hint={
          recorded
            ? `When the sources give a count. ${recorded} ${recorded === 1 ? "is" : "are"} recorded at this event and its sub-events.`
            : "When the sources give a count, such as 11 for “eleven documents were signed”."
        }
      />
      <p role="status" className="mt-1 text-sm text-amber-900">
        {warn
          ? `That is fewer than the ${recorded} documents recorded here: check the number, or the event the documents are linked to.`
          : null}
      </p>
    </div>
  );
}
