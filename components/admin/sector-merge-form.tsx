"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition, type FormEvent } from "react";
import { mergeSectorsAction } from "@/lib/sectors/actions";
import { sectorMergeSchema, type SectorJson } from "@/lib/sectors/schema";
import { FieldError } from "../forms/field-error";
import { FormAlert, SelectField } from "../forms/fields";
import { useZodForm } from "../forms/use-zod-form";

type Values = { from: string; into: string; confirm: boolean };
type Merged = { from: string; into: string; moved: number; alreadyFiled: number };

const EMPTY: Values = { from: "", into: "", confirm: false };

const commitments = (n: number) => (n === 1 ? "1 commitment" : `${n} commitments`);

/**
 * Merges one sector into another: the first one's commitments are filed under the second, and the
 * first is deleted. The form says what will happen before the admin confirms it.
 */
export function SectorMergeForm({ sectors }: { sectors: SectorJson[] }) {
  const router = useRouter();
  const id = useId();
  const form = useZodForm(sectorMergeSchema, EMPTY);
  const { values: v, set, errorFor } = form;
  const [done, setDone] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const byCode = new Map(sectors.map((s) => [s.code, s]));
  const from = byCode.get(v.from);
  const into = byCode.get(v.into);
  const options = sectors.map((s) => ({
    value: s.code,
    label: `${s.name} (${s.code}), ${commitments(s.commitments)}`,
  }));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(null);
    startTransition(async () => {
      const merged = await form.submit<Merged>(mergeSectorsAction);
      if (!merged) return;
      const names = `${from?.name ?? merged.from} into ${into?.name ?? merged.into}`;
      setDone(
        `Merged ${names}: ${commitments(merged.moved)} moved` +
          (merged.alreadyFiled ? `, ${commitments(merged.alreadyFiled)} already filed under both kept one.` : "."),
      );
      form.reset(EMPTY);
      router.refresh();
    });
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label="Merge two sectors"
      className="space-y-4 rounded border border-line bg-white p-4"
    >
      <FormAlert
        message={
          form.failure?.message ?? (form.hasErrors ? "Some fields need attention: see the messages beside them." : null)
        }
      />
      <FormAlert message={done} tone="ok" />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label="Merge this sector"
          value={v.from}
          placeholder="Choose…"
          options={options}
          onChange={(x) => set(["from"], x)}
          error={errorFor(["from"])}
        />
        <SelectField
          label="Into this sector"
          value={v.into}
          placeholder="Choose…"
          options={options}
          onChange={(x) => set(["into"], x)}
          error={errorFor(["into"])}
        />
      </div>
      {from && into ? (
        <p id={`${id}-what`} className="text-sm">
          The {commitments(from.commitments)} filed under <strong>{from.name}</strong> will be filed under{" "}
          <strong>{into.name}</strong> (one already filed under both keeps it once), and <strong>{from.name}</strong>{" "}
          will be deleted. Its code, <code>{from.code}</code>, will no longer filter anything.
        </p>
      ) : null}
      <div>
        <label className="flex items-start gap-2 text-sm">
          <input
            type="checkbox"
            checked={v.confirm}
            onChange={(e) => set(["confirm"], e.target.checked)}
            aria-invalid={Boolean(errorFor(["confirm"]))}
            aria-describedby={[from && into ? `${id}-what` : "", `${id}-confirm-error`].filter(Boolean).join(" ")}
            className="mt-0.5 h-4 w-4 accent-accent"
          />
          <span>I understand that the first sector is deleted once its commitments are moved.</span>
        </label>
        <FieldError id={`${id}-confirm-error`} message={errorFor(["confirm"])} />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-accent px-4 py-2 font-medium text-white disabled:opacity-60"
      >
        {pending ? "Merging…" : from && into ? `Merge ${from.name} into ${into.name}` : "Merge"}
      </button>
    </form>
  );
}
