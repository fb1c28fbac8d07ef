import type { ImportPreview } from "@/lib/import/plan";
import { PREVIEW_ROWS, type RowError } from "@/lib/import/schema";
import { TableFrame } from "../ui/table-frame";

// Errors past this many are counted, not listed: a file that wrong needs fixing at its source.
const ERRORS_LISTED = 500;

export function RowErrors({ errors }: { errors: RowError[] }) {
  if (!errors.length) return null;
  return (
    <section aria-labelledby="errors-title" className="space-y-2">
      <h2 id="errors-title" className="font-serif text-xl font-semibold text-red-900">
        {errors.length} {errors.length === 1 ? "error" : "errors"}: nothing will be imported until they are fixed
      </h2>
      <ul className="list-disc space-y-1 pl-5 text-sm">
        {errors.slice(0, ERRORS_LISTED).map((e, i) => (
          <li key={i}>
            Row {e.row}
            {e.column ? `, column “${e.column}”` : ""}: {e.message}
          </li>
        ))}
      </ul>
      {errors.length > ERRORS_LISTED ? (
        <p className="text-sm text-muted">…and {errors.length - ERRORS_LISTED} more.</p>
      ) : null}
    </section>
  );
}

function Creates({ creates }: { creates: ImportPreview["creates"] }) {
  const groups = [
    ["organizations", creates.organizations],
    ["people", creates.people],
    ["sources", creates.sources],
  ] as const;
  if (groups.every(([, list]) => list.length === 0))
    return (
      <p className="text-sm text-muted">Every country, organization, person and source named is already in Pact.</p>
    );
  return (
    <div className="space-y-1 text-sm">
      <p>Not in Pact yet, and created with the import:</p>
      <ul className="list-disc pl-5">
        {groups.map(([kind, list]) =>
          list.length ? (
            <li key={kind}>
              {list.length} {kind}: {list.slice(0, 20).join(", ")}
              {list.length > 20 ? "…" : ""}
            </li>
          ) : null,
        )}
      </ul>
    </div>
  );
}

/** The dry run: counts, what would be created, and the first rows as they would be saved. */
export function PreviewView({ preview }: { preview: ImportPreview }) {
  return (
    <section aria-labelledby="preview-title" className="space-y-3">
      <h2 id="preview-title" className="font-serif text-xl font-semibold">
        Preview
      </h2>
      <p role="status">
        {preview.ready} of {preview.rows} rows ready to import.
      </p>
      <Creates creates={preview.creates} />
      {preview.shown.length ? (
        <TableFrame
          caption={`The first ${PREVIEW_ROWS} rows as they would be saved`}
          head={["Row", ...preview.head].map((h) => (
            <th key={h} className="px-3 py-2">
              {h}
            </th>
          ))}
        >
          {preview.shown.map((r) => (
            <tr key={r.row} className="border-b border-line align-top last:border-0">
              <td className="px-3 py-1.5">{r.row}</td>
              {r.cells.map((cell, i) => (
                <td key={i} className="px-3 py-1.5">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </TableFrame>
      ) : null}
      <RowErrors errors={preview.errors} />
    </section>
  );
}
