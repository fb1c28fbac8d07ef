"use client";

import type { EvidenceSourceOption } from "@/lib/status/queries";
import { SelectField, TextArea } from "./fields";

export type CitationValues = { sourceId: string; quote: string; occurrence: number };

/** The quotes that support a record: each a source and its words, checked verbatim on save. */
export function CitationFields({
  citations,
  sources,
  onChange,
  errorFor,
  required,
}: {
  citations: CitationValues[];
  sources: EvidenceSourceOption[];
  onChange: (next: CitationValues[], touched: string) => void;
  errorFor: (path: (string | number)[]) => string | undefined;
  required?: boolean;
}) {
  const options = sources.map((s) => ({ value: s.id, label: `[${s.language.toUpperCase()}] ${s.title}` }));
  const update = (i: number, patch: Partial<CitationValues>) =>
    onChange(
      citations.map((c, j) => (j === i ? { ...c, ...patch } : c)),
      `citations.${i}.${Object.keys(patch)[0]}`,
    );
  return (
    <fieldset className="space-y-3 rounded border border-line p-3">
      <legend className="px-1 text-sm font-semibold">Quotes that support it{required ? "" : " (to add)"}</legend>
      {errorFor(["citations"]) ? <p className="text-sm text-red-800">{errorFor(["citations"])}</p> : null}
      {citations.map((c, i) => (
        <div key={i} className="space-y-2 border-b border-line pb-3 last:border-0">
          <SelectField
            label={`Source of quote ${i + 1}`}
            value={c.sourceId}
            options={options}
            placeholder="Choose a source…"
            onChange={(v) => update(i, { sourceId: v })}
            error={errorFor(["citations", i, "sourceId"])}
          />
          <TextArea
            label={`Quote ${i + 1}, word for word`}
            value={c.quote}
            onChange={(v) => update(i, { quote: v })}
            error={errorFor(["citations", i, "quote"])}
          />
          <button
            type="button"
            onClick={() =>
              onChange(
                citations.filter((_, j) => j !== i),
                "citations",
              )
            }
            className="text-sm text-accent hover:underline"
          >
            Remove quote {i + 1}
          </button>
        </div>
      ))}
      <button
        type="button"
        onClick={() =>
          onChange([...citations, { sourceId: sources[0]?.id ?? "", quote: "", occurrence: 1 }], "citations")
        }
        className="rounded border border-line bg-white px-3 py-1 text-sm hover:border-accent"
      >
        Add a quote
      </button>
    </fieldset>
  );
}
