"use client";

import type { EvidenceSourceOption } from "@/lib/status/queries";
import { FieldError } from "../forms/field-error";

export type EvidenceValues = {
  kind: "existing" | "new";
  sourceId: string;
  quote: string;
  url: string;
  title: string;
  publisher: string;
  published: string;
  language: string;
};

export const emptyEvidence = (sourceId = ""): EvidenceValues => ({
  kind: "existing",
  sourceId,
  quote: "",
  url: "",
  title: "",
  publisher: "",
  published: "",
  language: "en",
});

const field = "mt-1 block w-full rounded border border-line bg-white px-2 py-1.5";

/** The proof of a change: a quote from a source Pact has, or from a new article. */
export function EvidenceFields({
  id,
  values,
  sources,
  error,
  onChange,
}: {
  id: string;
  values: EvidenceValues;
  sources: EvidenceSourceOption[];
  error: (field: string) => string | undefined;
  onChange: (values: EvidenceValues, fields: string[]) => void;
}) {
  const set = (patch: Partial<EvidenceValues>) => onChange({ ...values, ...patch }, Object.keys(patch));
  const text = (name: keyof EvidenceValues, label: string, props: { type?: string; placeholder?: string } = {}) => (
    <div>
      <label htmlFor={`${id}-ev-${name}`} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={`${id}-ev-${name}`}
        type={props.type ?? "text"}
        placeholder={props.placeholder}
        value={values[name]}
        onChange={(e) => set({ [name]: e.target.value })}
        className={field}
        aria-invalid={Boolean(error(`evidence.${name}`))}
        aria-describedby={`${id}-ev-${name}-error`}
      />
      <FieldError id={`${id}-ev-${name}-error`} message={error(`evidence.${name}`)} />
    </div>
  );
  return (
    <fieldset className="space-y-3 rounded border border-line p-3">
      <legend className="px-1 text-sm font-semibold">Evidence</legend>
      <div className="flex flex-wrap gap-4 text-sm">
        <label className="flex items-center gap-2">
          <input
            type="radio"
            name={`${id}-ev-kind`}
            checked={values.kind === "existing"}
            onChange={() => set({ kind: "existing" })}
            className="accent-accent"
          />
          A quote from a source in Pact
        </label>
        <label className="flex items-center gap-2">
          <input
            type="radio"
            name={`${id}-ev-kind`}
            checked={values.kind === "new"}
            onChange={() => set({ kind: "new" })}
            className="accent-accent"
          />
          A new article
        </label>
      </div>
      {values.kind === "existing" ? (
        <div>
          <label htmlFor={`${id}-ev-source`} className="block text-sm font-medium">
            Source
          </label>
          <select
            id={`${id}-ev-source`}
            value={values.sourceId}
            onChange={(e) => set({ sourceId: e.target.value })}
            className={field}
            aria-describedby={`${id}-ev-sourceId-error`}
          >
            {sources.map((s) => (
              <option key={s.id} value={s.id}>
                [{s.language.toUpperCase()}] {s.title}
              </option>
            ))}
          </select>
          <FieldError id={`${id}-ev-sourceId-error`} message={error("evidence.sourceId")} />
        </div>
      ) : (
        <div className="grid gap-3 sm:grid-cols-2">
          {text("url", "Address (URL)", { type: "url", placeholder: "https://" })}
          {text("title", "Title")}
          {text("publisher", "Publisher")}
          {text("published", "Published", { placeholder: "2019-05-02, 2019-05 or 2019" })}
          <div>
            <label htmlFor={`${id}-ev-language`} className="block text-sm font-medium">
              Language
            </label>
            <select
              id={`${id}-ev-language`}
              value={values.language}
              onChange={(e) => set({ language: e.target.value })}
              className={field}
            >
              <option value="en">English</option>
              <option value="fr">French</option>
              <option value="vi">Vietnamese</option>
              <option value="km">Khmer</option>
            </select>
          </div>
        </div>
      )}
      <div>
        <label htmlFor={`${id}-ev-quote`} className="block text-sm font-medium">
          Quote, word for word
        </label>
        <textarea
          id={`${id}-ev-quote`}
          value={values.quote}
          onChange={(e) => set({ quote: e.target.value })}
          rows={3}
          className={field}
          aria-invalid={Boolean(error("evidence.quote"))}
          aria-describedby={`${id}-ev-quote-error`}
        />
        <FieldError id={`${id}-ev-quote-error`} message={error("evidence.quote")} />
      </div>
    </fieldset>
  );
}
