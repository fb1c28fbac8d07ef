"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition, type FormEvent } from "react";
import { ROLES, ROLE_LABELS } from "@/lib/auth/roles";
import { userCreateSchema } from "@/lib/auth/schema";
import { createUserAction } from "@/lib/users/actions";
import { FieldError } from "../forms/field-error";
import { useZodForm } from "../forms/use-zod-form";

const EMPTY = { email: "", name: "", role: "editor", password: "" };

export function CreateUserForm() {
  const router = useRouter();
  const id = useId();
  const form = useZodForm(userCreateSchema, EMPTY);
  const { values, set, errorFor } = form;
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    startTransition(async () => {
      const created = await form.submit<{ email: string }>(createUserAction);
      if (created) {
        setMessage({ ok: true, text: `Created ${created.email}. Give them their password by a safe channel.` });
        form.reset(EMPTY);
        router.refresh();
      } else {
        // The refusal, if any, shows from form.failure and beside its field.
        setMessage(null);
      }
    });
  }

  const input = (name: keyof typeof EMPTY, label: string, type = "text", autoComplete?: string) => (
    <div>
      <label htmlFor={`${id}-${name}`} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={`${id}-${name}`}
        type={type}
        autoComplete={autoComplete}
        value={values[name]}
        onChange={(e) => set([name], e.target.value)}
        aria-invalid={Boolean(errorFor([name]))}
        aria-describedby={`${id}-${name}-error`}
        className="mt-1 block w-full rounded border border-line px-2 py-1.5"
      />
      <FieldError id={`${id}-${name}-error`} message={errorFor([name])} />
    </div>
  );

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label="Create an account"
      className="space-y-4 rounded border border-line bg-white p-4"
    >
      {form.failure ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
          {form.failure.message}
        </p>
      ) : null}
      {message ? (
        <p
          role={message.ok ? "status" : "alert"}
          className={`rounded border px-3 py-2 text-sm ${message.ok ? "border-emerald-300 bg-emerald-50 text-emerald-900" : "border-red-300 bg-red-50 text-red-900"}`}
        >
          {message.text}
        </p>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        {input("email", "Email", "email", "off")}
        {input("name", "Name")}
        <div>
          <label htmlFor={`${id}-role`} className="block text-sm font-medium">
            Role
          </label>
          <select
            id={`${id}-role`}
            value={values.role}
            onChange={(e) => set(["role"], e.target.value)}
            className="mt-1 block w-full rounded border border-line bg-white px-2 py-1.5"
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
        </div>
        {input("password", "First password (12 characters or more)", "password", "new-password")}
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-accent px-4 py-2 font-medium text-white disabled:opacity-60"
      >
        {pending ? "Creating…" : "Create the account"}
      </button>
    </form>
  );
}
