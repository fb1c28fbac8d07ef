"use client";

import { useRouter } from "next/navigation";
import { useCallback, useId, useState, useTransition, type FormEvent } from "react";
import { changeStatusAction } from "@/lib/status/actions";
import { STATUSES, STATUS_LABELS, isClosed, type Status } from "@/lib/status/rules";
import { statusChangeInputSchema } from "@/lib/status/schema";
import type { EvidenceSourceOption } from "@/lib/status/queries";
import { FieldError } from "../forms/field-error";
import { useZodForm } from "../forms/use-zod-form";
import { ConflictNotice, type ConflictState } from "./conflict-notice";
import { EvidenceFields, emptyEvidence, type EvidenceValues } from "./evidence-fields";

export interface StatusFormProps {
  commitmentId: string;
  version: number;
  status: Status;
  isAdmin: boolean;
  sources: EvidenceSourceOption[];
  history: { id: string; label: string }[];
}

type Values = {
  version: number;
  toStatus: string;
  effective: string;
  note: string;
  reason: string;
  correctsId: string;
  evidence: EvidenceValues;
};

const blank = (version: number, sourceId?: string): Values => ({
  version,
  toStatus: "",
  effective: "",
  note: "",
  reason: "",
  correctsId: "",
  evidence: emptyEvidence(sourceId),
});

function inputOf(commitmentId: string, v: Values) {
  const evidence =
    v.evidence.kind === "existing"
      ? { kind: "existing", sourceId: v.evidence.sourceId, quote: v.evidence.quote }
      : {
          kind: "new",
          url: v.evidence.url,
          title: v.evidence.title,
          publisher: v.evidence.publisher,
          published: v.evidence.published,
          language: v.evidence.language,
          quote: v.evidence.quote,
        };
  return {
    commitmentId,
    version: v.version,
    toStatus: v.toStatus,
    effective: v.effective,
    evidence,
    ...(v.note.trim() ? { note: v.note } : {}),
    ...(v.reason.trim() ? { reason: v.reason } : {}),
    ...(v.correctsId ? { correctsId: v.correctsId } : {}),
  };
}

export function StatusChangeForm(props: StatusFormProps) {
  const router = useRouter();
  const id = useId();
  const [saved, setSaved] = useState(false);
  const [pending, startTransition] = useTransition();
  const toInput = useCallback((v: Values) => inputOf(props.commitmentId, v), [props.commitmentId]);
  const form = useZodForm(statusChangeInputSchema, blank(props.version, props.sources[0]?.id), toInput);
  const { values, errorFor, failure } = form;
  const shown = (field: string) => errorFor(field.split("."));
  const set = (patch: Partial<Values>, field: string) => {
    for (const [key, value] of Object.entries(patch)) form.set([key], value, field.split("."));
    setSaved(false);
  };

  const closed = isClosed(props.status);
  const reopening = closed && values.toStatus !== "" && !isClosed(values.toStatus);

  // Kept above whatever replaces the form: a change that closes the commitment swaps the form for
  // the closed notice, and the editor must still see that their change was saved.
  const savedNotice = saved ? (
    <p role="status" className="rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
      Saved. The timeline shows the new entry.
    </p>
  ) : null;

  if (closed && !props.isAdmin) {
    return (
      <div className="space-y-4">
        {savedNotice}
        <p className="rounded border border-line bg-white p-4 text-sm">
          This commitment is closed ({STATUS_LABELS[props.status]}). Only an admin can reopen it.
        </p>
      </div>
    );
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    startTransition(async () => {
      const result = await form.submit<{ version: number }>(changeStatusAction);
      if (result) {
        setSaved(true);
        form.reset(blank(result.version, props.sources[0]?.id));
        router.refresh();
      }
    });
  }

  const field = "mt-1 block w-full rounded border border-line bg-white px-2 py-1.5";
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label="Change the status"
      className="space-y-4 rounded border border-line bg-white p-4"
    >
      {savedNotice}
      {failure?.code === "conflict" ? (
        <ConflictNotice
          failure={failure}
          onUseLatest={(current: ConflictState) => {
            form.set(["version"], current.version);
            form.setFailure(null);
          }}
        />
      ) : failure ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
          {failure.message}
        </p>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor={`${id}-to`} className="block text-sm font-medium">
            New status
          </label>
          <select
            id={`${id}-to`}
            value={values.toStatus}
            onChange={(e) => set({ toStatus: e.target.value }, "toStatus")}
            className={field}
            aria-invalid={Boolean(shown("toStatus"))}
            aria-describedby={`${id}-to-error`}
          >
            <option value="">Choose…</option>
            {STATUSES.filter((s) => s !== props.status).map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
          <FieldError id={`${id}-to-error`} message={shown("toStatus")} />
        </div>
        <div>
          <label htmlFor={`${id}-effective`} className="block text-sm font-medium">
            Effective date
          </label>
          <input
            id={`${id}-effective`}
            value={values.effective}
            onChange={(e) => set({ effective: e.target.value }, "effective")}
            placeholder="2019-05-02, 2019-05 or 2019"
            className={field}
            aria-invalid={Boolean(shown("effective"))}
            aria-describedby={`${id}-effective-hint ${id}-effective-error`}
          />
          <p id={`${id}-effective-hint`} className="mt-1 text-xs text-muted">
            As precise as the source: a day, a month or a year.
          </p>
          <FieldError id={`${id}-effective-error`} message={shown("effective")} />
        </div>
      </div>
      {reopening ? (
        <div>
          <label htmlFor={`${id}-reason`} className="block text-sm font-medium">
            Why reopen it?
          </label>
          <textarea
            id={`${id}-reason`}
            value={values.reason}
            onChange={(e) => set({ reason: e.target.value }, "reason")}
            rows={2}
            className={field}
            aria-describedby={`${id}-reason-error`}
          />
          <FieldError id={`${id}-reason-error`} message={shown("reason")} />
        </div>
      ) : null}
      <div>
        <label htmlFor={`${id}-note`} className="block text-sm font-medium">
          Note <span className="font-normal text-muted">(optional)</span>
        </label>
        <textarea
          id={`${id}-note`}
          value={values.note}
          onChange={(e) => set({ note: e.target.value }, "note")}
          rows={2}
          className={field}
        />
      </div>
      {props.history.length ? (
        <div>
          <label htmlFor={`${id}-corrects`} className="block text-sm font-medium">
            Corrects an earlier entry <span className="font-normal text-muted">(optional)</span>
          </label>
          <select
            id={`${id}-corrects`}
            value={values.correctsId}
            onChange={(e) => set({ correctsId: e.target.value }, "correctsId")}
            className={field}
          >
            <option value="">No: this is a new development</option>
            {props.history.map((h) => (
              <option key={h.id} value={h.id}>
                {h.label}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <EvidenceFields
        id={id}
        values={values.evidence}
        sources={props.sources}
        error={shown}
        onChange={(evidence, fields) => set({ evidence }, `evidence.${fields[0]}`)}
      />
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-accent px-4 py-2 font-medium text-white disabled:opacity-60"
      >
        {pending ? "Saving…" : "Record the change"}
      </button>
    </form>
  );
}
