"use client";

import { useEffect, useId, useRef, useState } from "react";
import type { SearchType } from "@/lib/search/schema";
import { FieldError } from "./field-error";

export type Picked = { id: string; label: string } | null;

type Hit = { id: string; title: { text: string } };

/**
 * Finds an existing person, organization, event, document or commitment by name or alias (the
 * search engine knows both languages), so editors link to records instead of creating twins.
 * A combobox: arrows move, Enter picks, Escape closes.
 */
export function RecordPicker({
  label,
  type,
  value,
  onChange,
  error,
  optional,
}: {
  label: string;
  type: SearchType;
  value: Picked;
  onChange: (value: Picked) => void;
  error?: string;
  optional?: boolean;
}) {
  const id = useId();
  const [query, setQuery] = useState("");
  const [hits, setHits] = useState<Hit[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const latest = useRef(0);

  useEffect(() => {
    if (query.trim().length < 2) return;
    const ticket = ++latest.current;
    const search = async () => {
      const response = await fetch(`/api/v1/search?type=${type}&limit=8&q=${encodeURIComponent(query)}`);
      if (!response.ok || ticket !== latest.current) return;
      const body = (await response.json()) as { groups: { hits: Hit[] }[] };
      setHits(body.groups.flatMap((g) => g.hits));
      setActive(0);
      setOpen(true);
    };
    const timer = setTimeout(() => void search(), 200);
    return () => clearTimeout(timer);
  }, [query, type]);

  const choose = (hit: Hit) => {
    onChange({ id: hit.id, label: hit.title.text });
    setQuery("");
    setHits([]);
    setOpen(false);
  };

  if (value) {
    return (
      <div>
        <span className="block text-sm font-medium">{label}</span>
        <p className="mt-1 flex items-center gap-2 rounded border border-line bg-slate-50 px-2 py-1.5">
          <span>{value.label}</span>
          <button
            type="button"
            onClick={() => onChange(null)}
            className="ml-auto text-sm text-accent hover:underline"
            aria-label={`Change ${label}: ${value.label}`}
          >
            Change
          </button>
        </p>
        <FieldError id={`${id}-error`} message={error} />
      </div>
    );
  }
  const listbox = `${id}-listbox`;
  return (
    <div className="relative">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
        {optional ? <span className="font-normal text-muted"> (optional)</span> : null}
      </label>
      <input
        id={id}
        role="combobox"
        aria-expanded={open && hits.length > 0}
        aria-controls={listbox}
        aria-autocomplete="list"
        aria-activedescendant={open && hits[active] ? `${listbox}-${active}` : undefined}
        aria-invalid={Boolean(error)}
        aria-describedby={`${id}-error`}
        value={query}
        placeholder="Type a name or an alias"
        autoComplete="off"
        onChange={(e) => {
          setQuery(e.target.value);
          if (e.target.value.trim().length < 2) {
            setHits([]);
            setOpen(false);
          }
        }}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") {
            e.preventDefault();
            setActive((a) => Math.min(a + 1, hits.length - 1));
            setOpen(true);
          } else if (e.key === "ArrowUp") {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === "Enter" && open && hits[active]) {
            e.preventDefault();
            choose(hits[active]);
          } else if (e.key === "Escape") setOpen(false);
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        className="mt-1 block w-full rounded border border-line bg-white px-2 py-1.5"
      />
      {open && hits.length ? (
        <ul
          id={listbox}
          role="listbox"
          aria-label={`${label}: matches`}
          className="absolute z-10 mt-1 max-h-64 w-full overflow-auto rounded border border-line bg-white shadow"
        >
          {hits.map((hit, i) => (
            <li
              key={hit.id}
              id={`${listbox}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(hit);
              }}
              className={`cursor-pointer px-2 py-1.5 text-sm ${i === active ? "bg-sky-50" : ""}`}
            >
              {hit.title.text}
            </li>
          ))}
        </ul>
      ) : null}
      {open && query.trim().length >= 2 && hits.length === 0 ? (
        <p className="mt-1 text-xs text-muted">No match yet.</p>
      ) : null}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
