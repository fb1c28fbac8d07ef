import Link from "next/link";
import { withAsOf } from "@/lib/as-of/url";
import type { CountryOption } from "@/lib/countries/match";
import { CountryPicker } from "../forms/country-picker";

type Option = { value: string; label: string };

export type FilterField =
  | {
      type?: "select";
      name: string;
      label: string;
      options: readonly Option[];
      /** The value in the URL, when it is one of the options. */
      value?: string;
    }
  | { type: "date"; name: string; label: string; value?: string }
  /** A country, found by name or code among ~250 (a menu of that length is no help). */
  | { type: "country"; name: string; label: string; value?: string; countries: readonly CountryOption[] };

export interface SearchField {
  /** What the words are matched against, shown as the box's placeholder. */
  placeholder: string;
  value?: string;
}

export interface SortField {
  options: readonly Option[];
  value: string;
}

const control = "rounded border border-line bg-white px-2 py-1.5";

function Field({ field }: { field: FilterField }) {
  const id = `filter-${field.name}`;
  if (field.type === "country")
    return (
      <div className="min-w-48">
        <CountryPicker
          name={field.name}
          label={field.label}
          placeholder="Any"
          variant="filter"
          countries={field.countries}
          defaultValue={field.value}
        />
      </div>
    );
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-muted">
        {field.label}
      </label>
      {field.type === "date" ? (
        <input id={id} type="date" name={field.name} defaultValue={field.value ?? ""} className={control} />
      ) : (
        <select id={id} name={field.name} defaultValue={field.value ?? ""} className={control}>
          <option value="">Any</option>
          {field.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </div>
  );
}

/**
 * A plain GET form: the filter lives in the URL, works without JavaScript, and a filtered view
 * can be shared. The words searched, the filters and the sort are the API's parameters of the
 * same names. The as-of day rides along in a hidden field; the page number does not (the results
 * change under a new filter).
 */
export function FilterForm({
  action,
  fields,
  search,
  sort,
  asOf,
  active,
}: {
  action: string;
  fields: readonly FilterField[];
  search?: SearchField;
  sort?: SortField;
  asOf: string | undefined;
  active: boolean;
}) {
  return (
    <form
      method="get"
      action={action}
      role="search"
      aria-label="Filter the list"
      className="flex flex-wrap items-end gap-3 rounded border border-line bg-white p-3 text-sm"
    >
      {search ? (
        <div className="flex min-w-56 grow flex-col gap-1">
          <label htmlFor="filter-q" className="text-muted">
            Search
          </label>
          <input
            id="filter-q"
            type="search"
            name="q"
            defaultValue={search.value ?? ""}
            placeholder={search.placeholder}
            maxLength={10_000}
            className={control}
          />
        </div>
      ) : null}
      {fields.map((field) => (
        <Field key={field.name} field={field} />
      ))}
      {sort ? (
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-sort" className="text-muted">
            Sort by
          </label>
          <select id="filter-sort" name="sort" defaultValue={sort.value} className={control}>
            {sort.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {asOf ? <input type="hidden" name="asOf" value={asOf} /> : null}
      <button type="submit" className="rounded bg-accent px-3 py-1.5 font-medium text-white hover:opacity-90">
        Apply
      </button>
      {active ? (
        <Link href={withAsOf(action, asOf)} className="py-1.5 text-accent hover:underline">
          Clear filters
        </Link>
      ) : null}
    </form>
  );
}
