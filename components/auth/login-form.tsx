"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition, type FormEvent } from "react";
import { loginAction } from "@/lib/auth/actions";
import { loginSchema } from "@/lib/auth/schema";
import { formFailure } from "@/lib/errors/failure";
import { fieldMessages } from "@/lib/errors/issues";
import { FieldError } from "../forms/field-error";

export function LoginForm({ next }: { next: string }) {
  const router = useRouter();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const id = useId();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = loginSchema.safeParse({ email, password });
    if (!parsed.success) {
      setErrors(fieldMessages(parsed.error));
      return;
    }
    setErrors({});
    startTransition(async () => {
      const result = await loginAction(parsed.data);
      if (result.ok) {
        router.replace(next);
        router.refresh();
      } else {
        setMessage(formFailure(result.error).message);
      }
    });
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="max-w-sm space-y-4 rounded border border-line bg-white p-6"
      aria-label="Log in"
    >
      {message ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
          {message}
        </p>
      ) : null}
      <div>
        <label htmlFor={`${id}-email`} className="block text-sm font-medium">
          Email
        </label>
        <input
          id={`${id}-email`}
          type="email"
          autoComplete="username"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          aria-invalid={Boolean(errors.email)}
          aria-describedby={errors.email ? `${id}-email-error` : undefined}
          className="mt-1 block w-full rounded border border-line px-2 py-1.5"
        />
        <FieldError id={`${id}-email-error`} message={errors.email} />
      </div>
      <div>
        <label htmlFor={`${id}-password`} className="block text-sm font-medium">
          Password
        </label>
        <input
          id={`${id}-password`}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          aria-invalid={Boolean(errors.password)}
          aria-describedby={errors.password ? `${id}-password-error` : undefined}
          className="mt-1 block w-full rounded border border-line px-2 py-1.5"
        />
        <FieldError id={`${id}-password-error`} message={errors.password} />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-accent px-4 py-2 font-medium text-white disabled:opacity-60"
      >
        {pending ? "Logging in…" : "Log in"}
      </button>
    </form>
  );
}
