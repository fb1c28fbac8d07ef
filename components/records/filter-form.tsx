import Link from "next/link";
import { withAsOf } from "@/lib/as-of/url";

export interface FilterField {
  name: string;
  label: string;
  options: readonly { value: string; label: string }[];
  /** The value in the URL, when it is one of the options. */
  value?: string;
}

/**
 * A plain GET form: the filter lives in the URL, works without JavaScript, and a filtered view
 * can be shared. The as-of day rides along in a hidden field; the page number does not (the
 * results change under a new filter).
 */
export function FilterForm({ action, fields, asOf, active }: { action: string; fields: readonly FilterField[]; asOf: string | undefined; active: boolean }) {
  return (
    <form method="get" action={action} role="search" aria-label="Filter the list" className="flex flex-wrap items-end gap-3 rounded border border-line bg-white p-3 text-sm">
      {fields.map((field) => (
        <div key={field.name} className="flex flex-col gap-1">
          <label htmlFor={`filter-${field.name}`} className="text-muted">{field.label}</label>
          <select id={`filter-${field.name}`} name={field.name} defaultValue={field.value ?? ""} className="rounded border border-line bg-white px-2 py-1.5">
            <option value="">Any</option>
            {field.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          </select>
        </div>
      ))}
      {asOf ? <input type="hidden" name="asOf" value={asOf} /> : null}
      <button type="submit" className="rounded bg-accent px-3 py-1.5 font-medium text-white hover:opacity-90">Apply</button>
      {active ? <Link href={withAsOf(action, asOf)} className="py-1.5 text-accent hover:underline">Clear filters</Link> : null}
    </form>
  );
}
