"use client";

import Link from "next/link";
import { useCallback, useId, useState } from "react";
import type { CountryOption } from "@/lib/countries/match";
import { saveReviewedAction } from "@/lib/ingest/actions";
import {
  batchIndex,
  batchInput,
  type CommitmentRow,
  type DocumentRow,
  type EventRow,
  type ReviewContext,
  type ReviewValues,
} from "@/lib/ingest/review";
import { reviewBatchSchema, type BatchKind, type SavedBatch } from "@/lib/ingest/schema";
import { humanize } from "@/lib/format/labels";
import { FormAlert } from "../forms/fields";
import { useZodForm } from "../forms/use-zod-form";
import { EmptyState } from "../ui/empty-state";
import { Section } from "../ui/section";
import { CommitmentFields, DocumentFields, EventFields } from "./review-rows";

type Row = ReviewValues[BatchKind][number];

const KINDS: { kind: BatchKind; title: string; one: string }[] = [
  { kind: "events", title: "Events", one: "Event" },
  { kind: "documents", title: "Documents", one: "Document" },
  { kind: "commitments", title: "Commitments", one: "Commitment" },
];

const PATHS: Record<BatchKind, string> = { events: "/events", documents: "/documents", commitments: "/commitments" };

// Words for the fields a row's list of problems names (those its inputs do not show themselves).
const fieldWords = (field: string) =>
  field.startsWith("citations") ? "Quote" : field === "" ? "Row" : humanize(field.split(".")[0]!);

/** A kept row's fields, by its kind. */
function RowFields({
  kind,
  row,
  ...common
}: {
  kind: BatchKind;
  row: Row;
  set: (field: string, value: unknown) => void;
  error: (field: string) => string | undefined;
  countries: readonly CountryOption[];
  events: readonly EventRow[];
}) {
  if (kind === "events") return <EventFields row={row as EventRow} {...common} />;
  if (kind === "documents") return <DocumentFields row={row as DocumentRow} {...common} />;
  return <CommitmentFields row={row as CommitmentRow} {...common} />;
}

/** After saving: what was created, each linked, so the editor checks or completes it. */
function Summary({ saved, sourceId }: { saved: SavedBatch; sourceId: string }) {
  const total = saved.events.length + saved.documents.length + saved.commitments.length;
  return (
    <section role="status" aria-labelledby="saved-heading" className="space-y-4 rounded border border-line p-4">
      <h2 id="saved-heading" className="font-serif text-xl font-semibold">
        Saved {total} {total === 1 ? "record" : "records"}, each with its quote
      </h2>
      {KINDS.map(({ kind, title }) =>
        saved[kind].length ? (
          <div key={kind}>
            <h3 className="font-semibold">{title}</h3>
            <ul className="list-disc pl-6">
              {saved[kind].map((r) => (
                <li key={r.id}>
                  <Link href={`${PATHS[kind]}/${r.id}`} className="text-accent underline">
                    {r.title}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        ) : null,
      )}
      <p>
        <Link href={`/sources/${sourceId}`} className="text-accent underline">
          The source, with its quotes highlighted
        </Link>
      </p>
    </section>
  );
}

/**
 * The suggestions of one article, each with a box to keep it and its fields to correct, saved
 * together in one transaction: all or none, with each refusal shown on its row.
 */
export function ReviewForm({
  initial,
  context,
  countries,
}: {
  initial: ReviewValues;
  context: ReviewContext;
  countries: readonly CountryOption[];
}) {
  const toInput = useCallback((v: ReviewValues) => batchInput(v, context), [context]);
  const form = useZodForm(reviewBatchSchema, initial, toInput);
  const [saved, setSaved] = useState<SavedBatch | null>(null);
  const [busy, setBusy] = useState(false);
  const formId = useId();
  const { values } = form;
  const positions = batchIndex(values);
  const kept = KINDS.reduce((n, { kind }) => n + values[kind].filter((r) => r.keep).length, 0);

  if (saved) return <Summary saved={saved} sourceId={context.sourceId} />;
  if (!KINDS.some(({ kind }) => values[kind].length))
    return (
      <EmptyState>
        Pact found no event, document or commitment in this text. Record what it holds with the forms, quoting the
        source page.
      </EmptyState>
    );

  // Errors of a kept row's record, by field ("titleEn", "sides.0.countryCode"), once submitted.
  const rowErrors = (kind: BatchKind, row: Row): [string, string][] => {
    const at = positions.get(row.key);
    if (!row.keep || at === undefined || !form.hasErrors) return [];
    const prefix = `${kind}.${at}.`;
    return Object.entries(form.errors)
      .filter(([key]) => key.startsWith(prefix) || key === `${kind}.${at}`)
      .map(([key, words]) => [key.slice(prefix.length).replace(/^record\./, ""), words]);
  };
  const problems = KINDS.flatMap(({ kind, one }) =>
    values[kind].flatMap((row, i) => (rowErrors(kind, row).length ? [`${one} ${i + 1} (“${row.title}”)`] : [])),
  );

  async function save() {
    setBusy(true);
    try {
      const result = await form.submit(saveReviewedAction);
      if (result) setSaved(result);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      aria-labelledby={`${formId}-heading`}
      className="space-y-8"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2 id={`${formId}-heading`} className="sr-only">
        Review the suggestions
      </h2>
      {KINDS.map(({ kind, title, one }) => (
        <Section key={kind} title={title} id={`review-${kind}`}>
          {values[kind].length ? (
            <ol className="space-y-4">
              {values[kind].map((row, i) => {
                const errors = rowErrors(kind, row);
                const error = (field: string) => errors.find(([f]) => f === field)?.[1];
                const shown = /^(title|sides|amount|target|status|start|end|signed|parties|location|host|visiting)/;
                const others = errors.filter(([f]) => !shown.test(f));
                return (
                  <li
                    key={row.key}
                    aria-label={`${one} ${i + 1}`}
                    className={`space-y-3 rounded border bg-white p-4 ${row.keep ? "border-accent" : "border-line"}`}
                  >
                    <div className="flex items-start gap-3">
                      <input
                        id={`${formId}-${row.key}`}
                        type="checkbox"
                        className="mt-1.5"
                        checked={row.keep}
                        onChange={(e) => form.set([kind, i, "keep"], e.target.checked)}
                      />
                      <label htmlFor={`${formId}-${row.key}`} className="font-medium">
                        Keep {one.toLowerCase()} {i + 1}: {row.title}
                      </label>
                    </div>
                    <blockquote lang={context.language} className="border-l-4 border-line pl-3 font-serif">
                      {context.text.slice(row.start, row.end)}
                    </blockquote>
                    {row.keep ? (
                      <RowFields
                        kind={kind}
                        row={row}
                        set={(field, value) => form.set([kind, i, field], value)}
                        error={error}
                        countries={countries}
                        events={values.events}
                      />
                    ) : null}
                    {others.length ? (
                      <ul role="alert" className="list-disc pl-6 text-sm text-red-800">
                        {others.map(([field, words]) => (
                          <li key={field}>
                            {fieldWords(field)}: {words}
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </li>
                );
              })}
            </ol>
          ) : (
            <EmptyState>No {title.toLowerCase()} suggested in this text.</EmptyState>
          )}
        </Section>
      ))}
      <div className="sticky bottom-0 space-y-2 border-t border-line bg-white/95 py-3">
        {form.hasErrors && form.errors[""] ? <FormAlert message={form.errors[""]} /> : null}
        {problems.length ? (
          <FormAlert message={`Nothing was saved. Correct ${problems.join(", ")}.`} />
        ) : (
          <FormAlert message={form.failure?.field ? null : form.failure?.message} />
        )}
        <button
          type="submit"
          disabled={busy}
          className="rounded bg-accent px-4 py-2 font-medium text-white disabled:opacity-60"
        >
          {busy ? "Saving…" : `Save the ${kept} ticked ${kept === 1 ? "suggestion" : "suggestions"}`}
        </button>
      </div>
    </form>
  );
}
