"use client";

import { TextField } from "./fields";
import { opt } from "./form-values";

export type AliasValues = { alias: string; language: string; note: string };

type Path = (string | number)[];

export const emptyAlias = (): AliasValues => ({ alias: "", language: "", note: "" });

/** The other names a record goes by (Metfone for Viettel), each with its language when it has one. */
export function AliasFields({
  aliases,
  set,
  errorFor,
  withNote,
}: {
  aliases: AliasValues[];
  set: (path: Path, value: unknown, touches?: Path) => void;
  errorFor: (path: Path) => string | undefined;
  withNote?: boolean;
}) {
  return (
    <fieldset className="space-y-3 rounded border border-line p-3">
      <legend className="px-1 text-sm font-semibold">Other names (aliases, optional)</legend>
      <p className="text-xs text-muted">
        Spellings, acronyms, brands and translations the sources use: the pickers and the search find the record by each
        of them.
      </p>
      {aliases.map((a, i) => (
        <div
          key={i}
          className={`grid gap-3 border-b border-line pb-3 last:border-0 ${withNote ? "sm:grid-cols-3" : "sm:grid-cols-2"}`}
        >
          <TextField
            label={`Alias ${i + 1}`}
            value={a.alias}
            onChange={(x) => set(["aliases", i, "alias"], x)}
            error={errorFor(["aliases", i, "alias"])}
          />
          <TextField
            label={`Language of alias ${i + 1}`}
            optional
            value={a.language}
            placeholder="en, fr, vi…"
            onChange={(x) => set(["aliases", i, "language"], x)}
            error={errorFor(["aliases", i, "language"])}
          />
          {withNote ? (
            <TextField
              label={`Note on alias ${i + 1}`}
              optional
              value={a.note}
              placeholder="Cambodian brand"
              onChange={(x) => set(["aliases", i, "note"], x)}
              error={errorFor(["aliases", i, "note"])}
            />
          ) : null}
          <button
            type="button"
            onClick={() =>
              set(
                ["aliases"],
                aliases.filter((_, j) => j !== i),
              )
            }
            className={`justify-self-start text-sm text-accent hover:underline ${withNote ? "sm:col-span-3" : "sm:col-span-2"}`}
          >
            Remove alias {i + 1}
          </button>
        </div>
      ))}
      <button
        type="button"
        onClick={() => set(["aliases"], [...aliases, emptyAlias()])}
        className="rounded border border-line bg-white px-3 py-1 text-sm hover:border-accent"
      >
        Add an alias
      </button>
    </fieldset>
  );
}

/** Alias rows as the schemas take them: blank optional parts left out. */
export const aliasInput = (aliases: AliasValues[], withNote = false) =>
  aliases.map((a) => ({ alias: a.alias, language: opt(a.language), ...(withNote ? { note: opt(a.note) } : {}) }));
