"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useTransition, type FormEvent } from "react";
import type { SectorJson } from "@/lib/sectors/schema";
import { updateSectorAction } from "@/lib/sectors/actions";
import { sectorUpdateSchema } from "@/lib/sectors/schema";
import { FormAlert, TextField } from "../forms/fields";
import { opt } from "../forms/form-values";
import { useZodForm } from "../forms/use-zod-form";

type Values = { name: string; nameFr: string; dacCode: string };
type Current = { name: string; nameFr: string | null; dacCode: string | null };

/** What the sector is now, when someone else renamed it meanwhile: the admin compares before saving again. */
function isCurrent(value: unknown): value is Current {
  return typeof value === "object" && value !== null && typeof (value as Current).name === "string";
}

/**
 * Renames one sector in place (its names and DAC code; the code stays). The names it was opened
 * on go with the save, so a rename someone else made meanwhile is a conflict, not overwritten.
 */
export function SectorRenameForm({ sector, onDone }: { sector: SectorJson; onDone: (message: string | null) => void }) {
  const router = useRouter();
  const previous = { name: sector.name, nameFr: sector.nameFr, dacCode: sector.dacCode };
  const toInput = (v: Values) => ({
    code: sector.code,
    name: v.name,
    nameFr: opt(v.nameFr),
    dacCode: opt(v.dacCode),
    previous,
  });
  const form = useZodForm(
    sectorUpdateSchema,
    { name: sector.name, nameFr: sector.nameFr ?? "", dacCode: sector.dacCode ?? "" },
    toInput,
  );
  const { values: v, set, errorFor } = form;
  const [pending, startTransition] = useTransition();
  const first = useRef<HTMLDivElement>(null);

  // Opened by a button: the keyboard lands in the first field.
  useEffect(() => first.current?.querySelector("input")?.focus(), []);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    startTransition(async () => {
      const saved = await form.submit<{ code: string; name: string }>(updateSectorAction);
      if (!saved) return;
      onDone(`Saved ${saved.name} (${saved.code}).`);
      router.refresh();
    });
  }

  const current = form.failure?.code === "conflict" && isCurrent(form.failure.current) ? form.failure.current : null;
  // The list behind the form shows the sector as it is now, and the next save is made on it:
  // after reading what changed, saving again replaces it knowingly.
  useEffect(() => {
    if (current) router.refresh();
  }, [current, router]);
  return (
    <form
      onSubmit={onSubmit}
      onKeyDown={(e) => {
        if (e.key === "Escape") onDone(null);
      }}
      noValidate
      aria-label={`Rename ${sector.name}`}
      className="space-y-3"
    >
      <FormAlert
        message={
          form.failure?.message ?? (form.hasErrors ? "Some fields need attention: see the messages beside them." : null)
        }
      />
      {current ? (
        <p className="text-sm">
          Saved meanwhile: <strong>{current.name}</strong>
          {current.nameFr ? ` / ${current.nameFr}` : ""}
          {current.dacCode ? `, DAC ${current.dacCode}` : ""}. Your input is kept: save again to replace it, or cancel.
        </p>
      ) : null}
      <div ref={first} className="grid gap-3 sm:grid-cols-3">
        <TextField
          label="Name in English"
          value={v.name}
          onChange={(x) => set(["name"], x)}
          error={errorFor(["name"])}
        />
        <TextField
          label="Name in French"
          optional
          value={v.nameFr}
          onChange={(x) => set(["nameFr"], x)}
          error={errorFor(["nameFr"])}
        />
        <TextField
          label="OECD DAC code"
          optional
          value={v.dacCode}
          onChange={(x) => set(["dacCode"], x)}
          error={errorFor(["dacCode"])}
        />
      </div>
      <div className="flex gap-3">
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-accent px-3 py-1.5 font-medium text-white disabled:opacity-60"
        >
          {pending ? "Saving…" : "Save"}
        </button>
        <button type="button" onClick={() => onDone(null)} className="rounded border border-line px-3 py-1.5">
          Cancel
        </button>
      </div>
    </form>
  );
}
