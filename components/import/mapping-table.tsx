"use client";

import { FIELD_LABELS, FIELDS_OF, type ImportKind, type ImportMappingValue } from "@/lib/import/schema";
import { TableFrame } from "../ui/table-frame";

const SOURCES = { remembered: "the one you used last time", suggested: "suggested from the headers", given: "yours" };

/** Which field each column of the file holds: one select per column, "Leave out" for the rest. */
export function MappingTable({
  kind,
  headers,
  mapping,
  from,
  onChange,
}: {
  kind: ImportKind;
  headers: string[];
  mapping: ImportMappingValue;
  from: keyof typeof SOURCES;
  onChange: (header: string, field: string) => void;
}) {
  return (
    <section aria-labelledby="mapping-title" className="space-y-2">
      <h2 id="mapping-title" className="font-serif text-xl font-semibold">
        Columns
      </h2>
      <p className="text-sm text-muted">
        The mapping shown is {SOURCES[from]}. Change a column, then check again: Pact remembers your mapping for files
        with these headers.
      </p>
      <TableFrame
        caption="Each column of the file and the field it fills"
        head={
          <>
            <th className="px-3 py-2">Column</th>
            <th className="px-3 py-2">Field</th>
          </>
        }
      >
        {headers.map((header, i) => (
          <tr key={`${header}-${i}`} className="border-b border-line last:border-0">
            <td className="px-3 py-1.5">
              <label htmlFor={`map-${i}`}>{header || `(column ${i + 1})`}</label>
            </td>
            <td className="px-3 py-1.5">
              <select
                id={`map-${i}`}
                value={mapping[header] ?? ""}
                onChange={(e) => onChange(header, e.target.value)}
                className="rounded border border-line bg-white px-2 py-1"
              >
                <option value="">Leave out</option>
                {FIELDS_OF[kind].map((field) => (
                  <option key={field} value={field}>
                    {FIELD_LABELS[field]} ({field})
                  </option>
                ))}
              </select>
            </td>
          </tr>
        ))}
      </TableFrame>
    </section>
  );
}
