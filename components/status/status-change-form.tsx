"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition, type FormEvent } from "react";
import type { Failure } from "@/lib/auth/guard";
import { changeStatusAction } from "@/lib/status/actions";
import { STATUSES, STATUS_LABELS, isClosed, type Status } from "@/lib/status/rules";
import { statusChangeInputSchema } from "@/lib/status/schema";
import type { EvidenceSourceOption } from "@/lib/status/queries";
import { FieldError } from "../forms/field-error";
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

type Values = { toStatus: string; effective: string; note: string; reason: string; correctsId: string; evidence: EvidenceValues };

function inputOf(props: StatusFormProps, version: number, v: Values) {
  const evidence = v.evidence.kind === "existing"
    ? { kind: "existing", sourceId: v.evidence.sourceId, quote: v.evidence.quote }
    : { kind: "new", url: v.evidence.url, title: v.evidence.title, publisher: v.evidence.publisher, published: v.evidence.published, language: v.evidence.language, quote: v.evidence.quote };
  return {
    commitmentId: props.commitmentId, version, toStatus: v.toStatus, effective: v.effective, evidence,
    ...(v.note.trim() ? { note: v.note } : {}), ...(v.reason.trim() ? { reason: v.reason } : {}), ...(v.correctsId ? { correctsId: v.correctsId } : {}),
  };
}

/** Errors by field, from the same schema the server parses with. */
function validate(input: unknown): Record<string, string> {
  const parsed = statusChangeInputSchema.safeParse(input);
  if (parsed.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) errors[issue.path.map(String).join(".")] ??= issue.message;
  return errors;
}

export function StatusChangeForm(props: StatusFormProps) {
  const router = useRouter();
  const id = useId();
  const [version, setVersion] = useState(props.version);
  const [values, setValues] = useState<Values>({ toStatus: "", effective: "", note: "", reason: "", correctsId: "", evidence: emptyEvidence(props.sources[0]?.id) });
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<Failure | null>(null);
  const [saved, setSaved] = useState(false);
  const [pending, startTransition] = useTransition();

  const closed = isClosed(props.status);
  const reopening = closed && values.toStatus !== "" && !isClosed(values.toStatus);
  const errors = { ...validate(inputOf(props, version, values)), ...serverErrors };
  const shown = (field: string) => (touched.has(field) || touched.has("*") ? errors[field] : undefined);
  const set = (patch: Partial<Values>, fields: string[]) => {
    setValues((v) => ({ ...v, ...patch }));
    setTouched((t) => new Set([...t, ...fields]));
    setServerErrors({});
    setSaved(false);
  };

  if (closed && !props.isAdmin) {
    return <p className="rounded border border-line bg-white p-4 text-sm">This commitment is closed ({STATUS_LABELS[props.status]}). Only an admin can reopen it.</p>;
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setTouched(new Set(["*"]));
    if (Object.keys(validate(inputOf(props, version, values))).length) return;
    startTransition(async () => {
      const result = await changeStatusAction(inputOf(props, version, values));
      if (result.ok) {
        setFailure(null);
        setSaved(true);
        setVersion(result.data.version);
        setValues({ toStatus: "", effective: "", note: "", reason: "", correctsId: "", evidence: emptyEvidence(props.sources[0]?.id) });
        setTouched(new Set());
        router.refresh();
      } else {
        setFailure(result.error);
        setServerErrors(result.error.fields ?? (result.error.field ? { [result.error.field]: result.error.message } : {}));
      }
    });
  }

  const field = "mt-1 block w-full rounded border border-line bg-white px-2 py-1.5";
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Change the status" className="space-y-4 rounded border border-line bg-white p-4">
      {saved ? <p role="status" className="rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">Saved. The timeline shows the new entry.</p> : null}
      {failure?.code === "conflict" ? (
        <ConflictNotice failure={failure} onUseLatest={(current: ConflictState) => { setVersion(current.version); setFailure(null); }} />
      ) : failure ? <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">{failure.message}</p> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor={`${id}-to`} className="block text-sm font-medium">New status</label>
          <select id={`${id}-to`} value={values.toStatus} onChange={(e) => set({ toStatus: e.target.value }, ["toStatus"])} className={field}
            aria-invalid={Boolean(shown("toStatus"))} aria-describedby={`${id}-to-error`}>
            <option value="">Choose…</option>
            {STATUSES.filter((s) => s !== props.status).map((s) => <option key={s} value={s}>{STATUS_LABELS[s]}</option>)}
          </select>
          <FieldError id={`${id}-to-error`} message={shown("toStatus")} />
        </div>
        <div>
          <label htmlFor={`${id}-effective`} className="block text-sm font-medium">Effective date</label>
          <input id={`${id}-effective`} value={values.effective} onChange={(e) => set({ effective: e.target.value }, ["effective"])} placeholder="2019-05-02, 2019-05 or 2019"
            className={field} aria-invalid={Boolean(shown("effective"))} aria-describedby={`${id}-effective-hint ${id}-effective-error`} />
          <p id={`${id}-effective-hint`} className="mt-1 text-xs text-muted">As precise as the source: a day, a month or a year.</p>
          <FieldError id={`${id}-effective-error`} message={shown("effective")} />
        </div>
      </div>
      {reopening ? (
        <div>
          <label htmlFor={`${id}-reason`} className="block text-sm font-medium">Why reopen it?</label>
          <textarea id={`${id}-reason`} value={values.reason} onChange={(e) => set({ reason: e.target.value }, ["reason"])} rows={2} className={field}
            aria-describedby={`${id}-reason-error`} />
          <FieldError id={`${id}-reason-error`} message={shown("reason")} />
        </div>
      ) : null}
      <div>
        <label htmlFor={`${id}-note`} className="block text-sm font-medium">Note <span className="font-normal text-muted">(optional)</span></label>
        <textarea id={`${id}-note`} value={values.note} onChange={(e) => set({ note: e.target.value }, ["note"])} rows={2} className={field} />
      </div>
      {props.history.length ? (
        <div>
          <label htmlFor={`${id}-corrects`} className="block text-sm font-medium">Corrects an earlier entry <span className="font-normal text-muted">(optional)</span></label>
          <select id={`${id}-corrects`} value={values.correctsId} onChange={(e) => set({ correctsId: e.target.value }, ["correctsId"])} className={field}>
            <option value="">No: this is a new development</option>
            {props.history.map((h) => <option key={h.id} value={h.id}>{h.label}</option>)}
          </select>
        </div>
      ) : null}
      <EvidenceFields id={id} values={values.evidence} sources={props.sources} error={shown}
        onChange={(evidence, fields) => set({ evidence }, fields.map((f) => `evidence.${f}`))} />
      <button type="submit" disabled={pending} className="rounded bg-accent px-4 py-2 font-medium text-white disabled:opacity-60">
        {pending ? "Saving…" : "Record the change"}
      </button>
    </form>
  );
}
