"use client";

import { useId, type ReactNode } from "react";
import { FieldError } from "./field-error";

const INPUT = "mt-1 block w-full rounded border border-line bg-white px-2 py-1.5 aria-[invalid=true]:border-red-600";

type Common = { label: string; error?: string; hint?: string; optional?: boolean };

function Frame({ id, label, error, hint, optional, children }: Common & { id: string; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
        {optional ? <span className="font-normal text-muted"> (optional)</span> : null}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-muted">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

const described = (id: string, hint?: string) => [hint ? `${id}-hint` : "", `${id}-error`].filter(Boolean).join(" ");

export function TextField({
  value,
  onChange,
  type = "text",
  placeholder,
  lang,
  ...common
}: Common & { value: string; onChange: (v: string) => void; type?: string; placeholder?: string; lang?: string }) {
  const id = useId();
  return (
    <Frame id={id} {...common}>
      <input
        id={id}
        type={type}
        lang={lang}
        value={value}
        placeholder={placeholder}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={Boolean(common.error)}
        aria-describedby={described(id, common.hint)}
        className={INPUT}
      />
    </Frame>
  );
}

export function TextArea({
  value,
  onChange,
  rows = 3,
  ...common
}: Common & { value: string; onChange: (v: string) => void; rows?: number }) {
  const id = useId();
  return (
    <Frame id={id} {...common}>
      <textarea
        id={id}
        value={value}
        rows={rows}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={Boolean(common.error)}
        aria-describedby={described(id, common.hint)}
        className={INPUT}
      />
    </Frame>
  );
}

export function SelectField({
  value,
  onChange,
  options,
  placeholder,
  ...common
}: Common & {
  value: string;
  onChange: (v: string) => void;
  options: readonly { value: string; label: string }[];
  placeholder?: string;
}) {
  const id = useId();
  return (
    <Frame id={id} {...common}>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={Boolean(common.error)}
        aria-describedby={described(id, common.hint)}
        className={INPUT}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}

/** A date as precise as the source: 2019, 2019-03 or 2019-03-14. */
export function PartialDateField(props: Common & { value: string; onChange: (v: string) => void }) {
  return (
    <TextField
      {...props}
      placeholder="2019-03-14, 2019-03 or 2019"
      hint={props.hint ?? "As precise as the source says: a day, a month or a year."}
    />
  );
}

export function FormAlert({ message, tone = "error" }: { message: string | null | undefined; tone?: "error" | "ok" }) {
  if (!message) return null;
  return tone === "ok" ? (
    <p role="status" className="rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
      {message}
    </p>
  ) : (
    <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
      {message}
    </p>
  );
}
