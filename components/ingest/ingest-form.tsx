"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useTransition, type FormEvent } from "react";
import { detectLanguage } from "@/lib/extract";
import { createSourceAction } from "@/lib/sources/actions";
import { sourceCreateSchema } from "@/lib/sources/schema";
import { FormAlert, PartialDateField, SelectField, TextArea, TextField } from "../forms/fields";
import { useZodForm } from "../forms/use-zod-form";

type Values = {
  fullText: string;
  title: string;
  publisher: string;
  url: string;
  published: string;
  language: string;
  note: string;
  confirmNearDuplicate: boolean;
};
type Near = { id: string; title: string; similarity: number };

const LANGUAGES = [
  { value: "en", label: "English" },
  { value: "fr", label: "French" },
  { value: "vi", label: "Vietnamese" },
  { value: "km", label: "Khmer" },
];
const opt = (s: string) => (s.trim() ? s : undefined);

/** Paste an article: Pact stores it as a source, then suggests what is in it. */
export function IngestForm() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const toInput = useCallback(
    (v: Values) => ({
      fullText: v.fullText,
      title: v.title,
      publisher: v.publisher,
      url: opt(v.url),
      published: opt(v.published),
      language: v.language,
      note: opt(v.note),
      confirmNearDuplicate: v.confirmNearDuplicate,
    }),
    [],
  );
  const form = useZodForm(
    sourceCreateSchema,
    {
      fullText: "",
      title: "",
      publisher: "",
      url: "",
      published: "",
      language: "en",
      note: "",
      confirmNearDuplicate: false,
    },
    toInput,
  );
  const { values: v, set, errorFor } = form;
  const current = form.failure?.current as { near?: Near[]; duplicateOf?: { id: string; title: string } } | undefined;

  function save(confirm: boolean) {
    if (confirm) set(["confirmNearDuplicate"], true);
    startTransition(async () => {
      const saved = await form.submit<{ id: string }>((input) =>
        createSourceAction({ ...(input as object), confirmNearDuplicate: confirm || v.confirmNearDuplicate }),
      );
      if (saved) router.push(`/sources/${saved.id}/suggestions`);
    });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save(false);
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Paste an article" className="space-y-4">
      <FormAlert message={form.failure && !current ? form.failure.message : null} />
      {current?.duplicateOf ? (
        <div role="alert" className="rounded border border-amber-400 bg-amber-50 px-3 py-2 text-sm">
          This exact text is already in Pact:{" "}
          <Link href={`/sources/${current.duplicateOf.id}`} className="text-accent underline">
            {current.duplicateOf.title}
          </Link>
          .
        </div>
      ) : null}
      {current?.near?.length ? (
        <div role="alert" className="space-y-2 rounded border border-amber-400 bg-amber-50 px-3 py-2 text-sm">
          <p>A very similar text is already in Pact:</p>
          <ul className="list-disc pl-5">
            {current.near.map((n) => (
              <li key={n.id}>
                <Link href={`/sources/${n.id}`} className="text-accent underline">
                  {n.title}
                </Link>{" "}
                ({Math.round(n.similarity * 100)}% the same)
              </li>
            ))}
          </ul>
          <button
            type="button"
            onClick={() => save(true)}
            className="rounded border border-amber-500 bg-white px-3 py-1 font-medium"
          >
            It is a different report: save it
          </button>
        </div>
      ) : null}
      <TextArea
        label="Full text of the article"
        rows={14}
        value={v.fullText}
        error={errorFor(["fullText"])}
        onChange={(text) => {
          set(["fullText"], text);
          // Guess the language as the text arrives; the editor can still change it.
          if (text.length > 80) {
            const guess = detectLanguage(text);
            if (guess === "en" || guess === "fr") set(["language"], guess);
          }
        }}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Title" value={v.title} onChange={(x) => set(["title"], x)} error={errorFor(["title"])} />
        <TextField
          label="Publisher"
          value={v.publisher}
          onChange={(x) => set(["publisher"], x)}
          error={errorFor(["publisher"])}
        />
        <TextField
          label="Address (URL)"
          optional
          type="url"
          value={v.url}
          onChange={(x) => set(["url"], x)}
          placeholder="https://"
          error={errorFor(["url"])}
        />
        <PartialDateField
          label="Published"
          optional
          value={v.published}
          onChange={(x) => set(["published"], x)}
          error={errorFor(["published"])}
        />
        <SelectField
          label="Language"
          value={v.language}
          onChange={(x) => set(["language"], x)}
          options={LANGUAGES}
          hint="Guessed from the text; correct it if needed."
          error={errorFor(["language"])}
        />
        <TextField label="Note" optional value={v.note} onChange={(x) => set(["note"], x)} error={errorFor(["note"])} />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-accent px-4 py-2 font-medium text-white disabled:opacity-60"
      >
        {pending ? "Saving…" : "Save and suggest what is in it"}
      </button>
    </form>
  );
}
