"use client";

import { useRouter } from "next/navigation";
import { useCallback, useTransition, type FormEvent } from "react";
import { updateSourceAction } from "@/lib/sources/actions";
import { sourceUpdateSchema } from "@/lib/sources/schema";
import { FormAlert, PartialDateField, TextArea, TextField } from "../forms/fields";
import { opt } from "../forms/form-values";
import { useZodForm } from "../forms/use-zod-form";

export interface SourceFormValues {
  title: string;
  publisher: string;
  url: string;
  language: string;
  published: string;
  note: string;
}

/** A source's description: everything but its text, which the quotes point into. */
export function SourceForm({ initial, id, version }: { initial: SourceFormValues; id: string; version: number }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const toInput = useCallback(
    (v: SourceFormValues) => ({
      id,
      version,
      title: v.title,
      publisher: v.publisher,
      url: opt(v.url),
      language: v.language,
      published: opt(v.published),
      note: opt(v.note),
    }),
    [id, version],
  );
  const form = useZodForm(sourceUpdateSchema, initial, toInput);
  const { values: v, set, errorFor } = form;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    startTransition(async () => {
      const saved = await form.submit<{ id: string }>(updateSourceAction);
      if (saved) router.push(`/sources/${encodeURIComponent(saved.id)}`);
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Edit the source" className="space-y-6">
      <FormAlert
        message={
          form.failure?.message ?? (form.hasErrors ? "Some fields need attention: see the messages beside them." : null)
        }
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="sm:col-span-2">
          <TextField label="Title" value={v.title} onChange={(x) => set(["title"], x)} error={errorFor(["title"])} />
        </div>
        <TextField
          label="Publisher"
          value={v.publisher}
          onChange={(x) => set(["publisher"], x)}
          error={errorFor(["publisher"])}
        />
        <TextField
          label="Language"
          value={v.language}
          placeholder="en, fr, vi…"
          hint="A BCP 47 tag: en, fr, vi, km…"
          onChange={(x) => set(["language"], x)}
          error={errorFor(["language"])}
        />
        <div className="sm:col-span-2">
          <TextField
            label="Address (URL)"
            optional
            type="url"
            value={v.url}
            placeholder="https://…"
            onChange={(x) => set(["url"], x)}
            error={errorFor(["url"])}
          />
        </div>
        <PartialDateField
          label="Published"
          optional
          value={v.published}
          onChange={(x) => set(["published"], x)}
          error={errorFor(["published"])}
        />
        <div className="sm:col-span-2">
          <TextArea
            label="Note"
            optional
            value={v.note}
            onChange={(x) => set(["note"], x)}
            error={errorFor(["note"])}
          />
        </div>
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-accent px-4 py-2 font-medium text-white disabled:opacity-60"
      >
        {pending ? "Saving…" : "Save the changes"}
      </button>
    </form>
  );
}
