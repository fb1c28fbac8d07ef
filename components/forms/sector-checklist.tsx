"use client";

import { useId, useMemo, useState } from "react";
import { FieldError } from "./field-error";

export type SectorChoice = { code: string; name: string; nameFr?: string | null };

/** Text compared as a reader types it: case and accents aside ("energie" finds "Énergie"). */
const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();

const matches = (s: SectorChoice, query: string) =>
  !query || [s.name, s.nameFr ?? "", s.code.replaceAll("_", " ")].some((text) => fold(text).includes(query));

/**
 * The sectors as checkboxes, with a box that narrows the list by English or French name (fifty
 * checkboxes are too many to scan). What is checked stays in view whatever the box holds, and the
 * list says how many it shows. Controlled (`selected` and `onChange`) in a form that keeps its
 * values, or a plain `name`d field of a GET form: the search box has no name, so it is never sent,
 * and without JavaScript every checkbox shows.
 */
export function SectorChecklist({
  sectors,
  legend = "Sectors",
  selected,
  onChange,
  name,
  error,
}: {
  sectors: readonly SectorChoice[];
  legend?: string;
  /** The checked codes: controlled with `onChange`, else the initial ones of a `name`d field. */
  selected: readonly string[];
  onChange?: (codes: string[]) => void;
  name?: string;
  error?: string;
}) {
  const id = useId();
  const [query, setQuery] = useState("");
  const [own, setOwn] = useState<readonly string[]>(selected);
  const checked = onChange ? selected : own;
  const folded = fold(query.trim());
  const shown = useMemo(
    () => new Set(sectors.filter((s) => checked.includes(s.code) || matches(s, folded)).map((s) => s.code)),
    [sectors, checked, folded],
  );
  const toggle = (code: string, on: boolean) => {
    const next = on ? [...checked, code] : checked.filter((c) => c !== code);
    if (onChange) onChange(next);
    else setOwn(next);
  };
  const names = sectors.filter((s) => checked.includes(s.code)).map((s) => s.name);

  return (
    <fieldset className="rounded border border-line p-3" aria-describedby={`${id}-chosen ${id}-error`}>
      <legend className="px-1 text-sm font-semibold">{legend}</legend>
      <div className="flex flex-wrap items-end gap-3">
        <label className="block text-sm">
          <span className="text-muted">Find a sector</span>
          <input
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            // Enter narrows the list; it must not send the form around it.
            onKeyDown={(e) => {
              if (e.key === "Enter") e.preventDefault();
            }}
            aria-controls={`${id}-list`}
            className="mt-0.5 block w-56 rounded border border-line bg-white px-2 py-1"
          />
        </label>
        <p id={`${id}-shown`} aria-live="polite" className="text-xs text-muted">
          {shown.size === sectors.length
            ? `${sectors.length} sectors`
            : `${shown.size} of ${sectors.length} sectors shown`}
        </p>
      </div>
      <p id={`${id}-chosen`} className="mt-2 text-sm">
        {names.length ? `Chosen: ${names.join(", ")}` : "None chosen."}
      </p>
      <div
        id={`${id}-list`}
        className="mt-2 grid max-h-64 grid-cols-1 gap-1 overflow-y-auto sm:grid-cols-2 lg:grid-cols-3"
      >
        {sectors.map((s) => (
          <label key={s.code} hidden={!shown.has(s.code)} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              name={name}
              value={s.code}
              checked={checked.includes(s.code)}
              onChange={(e) => toggle(s.code, e.target.checked)}
              className="h-4 w-4 accent-accent"
            />
            <span>
              {s.name}
              {s.nameFr && s.nameFr !== s.name ? (
                <span lang="fr" className="text-muted">
                  {" "}
                  · {s.nameFr}
                </span>
              ) : null}
            </span>
          </label>
        ))}
      </div>
      <FieldError id={`${id}-error`} message={error} />
    </fieldset>
  );
}
