"use client";

import { useEffect, useId, useMemo, useState, useSyncExternalStore } from "react";
import { exactCountry, matchCountries, type CountryOption } from "@/lib/countries/match";
import { FieldError } from "./field-error";

const STYLES = {
  form: {
    label: "block text-sm font-medium",
    input: "mt-1 block w-full rounded border border-line bg-white px-2 py-1.5 aria-[invalid=true]:border-red-600",
  },
  filter: {
    label: "block text-sm text-muted",
    input: "mt-0.5 block w-full rounded border border-line bg-white px-2 py-1",
  },
} as const;

const noSubscribe = () => () => {};

/**
 * Picks one of ~250 countries by typing any of its names — English or French, official or
 * short, accents optional — or its code (KH, KHM). A combobox after the ARIA pattern, as the
 * record picker: arrows move, Enter picks, Escape closes (then restores the choice), and leaving
 * the field with a whole name or code typed picks it.
 *
 * In a form with state, give `value` and `onChange`. In a plain GET form, give `name` (and
 * `defaultValue`): the code travels in a hidden field, and until the page's script runs (or
 * without it) a native select stands in, so the filter still works.
 */
export function CountryPicker({
  label,
  countries,
  value,
  defaultValue = "",
  onChange,
  name,
  error,
  hint,
  optional,
  placeholder = "Type a name or a code",
  variant = "form",
}: {
  label: string;
  countries: readonly CountryOption[];
  value?: string;
  defaultValue?: string;
  onChange?: (code: string) => void;
  name?: string;
  error?: string;
  hint?: string;
  optional?: boolean;
  placeholder?: string;
  variant?: keyof typeof STYLES;
}) {
  const id = useId();
  const listbox = `${id}-listbox`;
  const [own, setOwn] = useState(defaultValue);
  const current = value ?? own;
  // What is typed while choosing; null shows the chosen country's name.
  const [text, setText] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [unmatched, setUnmatched] = useState<string | null>(null);
  const scripted = useSyncExternalStore(
    noSubscribe,
    () => true,
    () => false,
  );

  const byCode = useMemo(() => new Map(countries.map((c) => [c.code, c])), [countries]);
  const chosen = byCode.get(current);
  const matches = useMemo(() => (open ? matchCountries(countries, text ?? "") : []), [countries, text, open]);

  useEffect(() => {
    if (open) document.getElementById(`${listbox}-${active}`)?.scrollIntoView({ block: "nearest" });
  }, [open, active, listbox]);

  const commit = (code: string) => {
    if (value === undefined) setOwn(code);
    onChange?.(code);
  };
  const choose = (option: CountryOption) => {
    commit(option.code);
    setText(null);
    setOpen(false);
    setUnmatched(null);
  };
  // Leaving the field: a whole name or code typed is a choice; nothing typed clears it.
  const settle = () => {
    setOpen(false);
    if (text === null) return;
    const typed = text.trim();
    const found = typed ? exactCountry(countries, typed) : undefined;
    if (found) return choose(found);
    setText(typed ? text : null);
    setUnmatched(typed || null);
    if (current) commit("");
  };

  const style = STYLES[variant];
  const describedBy = [hint ? `${id}-hint` : "", unmatched ? `${id}-unmatched` : "", `${id}-error`]
    .filter(Boolean)
    .join(" ");
  const labelText = (
    <>
      {label}
      {optional && variant === "form" ? <span className="font-normal text-muted"> (optional)</span> : null}
    </>
  );

  if (name && !scripted) {
    return (
      <div>
        <label htmlFor={id} className={style.label}>
          {labelText}
        </label>
        <select id={id} name={name} defaultValue={current} className={style.input}>
          <option value="">{variant === "filter" ? "Any" : optional ? "None" : "Choose…"}</option>
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
    );
  }

  const expanded = open && matches.length > 0;
  return (
    <div className="relative">
      <label htmlFor={id} className={style.label}>
        {labelText}
      </label>
      <input
        id={id}
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listbox}
        aria-autocomplete="list"
        aria-activedescendant={expanded && matches[active] ? `${listbox}-${active}` : undefined}
        aria-invalid={Boolean(error || unmatched)}
        aria-describedby={describedBy}
        value={text ?? chosen?.name ?? ""}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
          setOpen(true);
          setUnmatched(null);
        }}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") {
            e.preventDefault();
            if (!open) {
              setOpen(true);
              setActive(0);
            } else setActive((a) => Math.min(a + 1, matches.length - 1));
          } else if (e.key === "ArrowUp") {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === "Enter" && expanded && matches[active]) {
            e.preventDefault();
            choose(matches[active]);
          } else if (e.key === "Escape") {
            if (open) setOpen(false);
            else {
              setText(null);
              setUnmatched(null);
            }
          }
        }}
        onBlur={settle}
        className={style.input}
      />
      {name ? <input type="hidden" name={name} value={current} /> : null}
      {expanded ? (
        <ul
          id={listbox}
          role="listbox"
          aria-label={`${label}: countries`}
          className="absolute z-10 mt-1 max-h-64 w-full overflow-auto rounded border border-line bg-white shadow"
        >
          {matches.map((c, i) => (
            <li
              key={c.code}
              id={`${listbox}-${i}`}
              role="option"
              aria-selected={i === active}
              // Before the input's blur, so the click picks instead of settling what was typed.
              onMouseDown={(e) => {
                e.preventDefault();
                choose(c);
              }}
              className={`flex cursor-pointer items-baseline gap-2 px-2 py-1.5 text-sm ${i === active ? "bg-sky-50" : ""}`}
            >
              <span>{c.name}</span>
              {c.nameFr && c.nameFr !== c.name ? (
                <span lang="fr" className="text-muted">
                  {c.nameFr}
                </span>
              ) : null}
              <span className="ml-auto font-mono text-xs text-muted">{c.code}</span>
            </li>
          ))}
        </ul>
      ) : null}
      <p role="status" className="sr-only">
        {open && text ? `${matches.length} ${matches.length === 1 ? "country matches" : "countries match"}` : ""}
      </p>
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-muted">
          {hint}
        </p>
      ) : null}
      {unmatched ? (
        <p id={`${id}-unmatched`} className="mt-1 text-sm text-red-800">
          No country is called “{unmatched}”: choose one from the list.
        </p>
      ) : null}
      <FieldError id={`${id}-error`} message={unmatched ? undefined : error} />
    </div>
  );
}
