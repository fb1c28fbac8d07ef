"use client";

import { useCallback, useMemo, useState } from "react";
import type { z } from "zod";
import { formFailure, type ActionResult, type Failure } from "@/lib/errors/failure";
import { fieldMessages } from "@/lib/errors/issues";

type Path = (string | number)[];
const keyOf = (path: Path) => path.map(String).join(".");

function setIn<T>(target: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path;
  const base = (Array.isArray(target) ? [...target] : { ...(target as object) }) as Record<string | number, unknown>;
  base[head!] = setIn(base[head!] ?? (typeof rest[0] === "number" ? [] : {}), rest, value);
  return base as T;
}

export function getIn(source: unknown, path: Path): unknown {
  return path.reduce<unknown>(
    (node, key) => (node == null ? undefined : (node as Record<string | number, unknown>)[key]),
    source,
  );
}

/**
 * One form, one zod schema, shared with the server: errors show beside each field once it was
 * touched (or after a submit), the server's answer fills in what only it can know, and the
 * values stay as typed whatever happens.
 */
export function useZodForm<S extends z.ZodType, V>(schema: S, initial: V, toInput: (values: V) => unknown = (v) => v) {
  const [values, setValues] = useState<V>(initial);
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<Failure | null>(null);

  const errors = useMemo(() => {
    const parsed = schema.safeParse(toInput(values));
    return { ...(parsed.success ? {} : fieldMessages(parsed.error)), ...serverErrors };
  }, [schema, toInput, values, serverErrors]);

  /** Sets a value; `touches` names the schema field it feeds when the two paths differ. */
  const set = useCallback((path: Path, value: unknown, touches: Path = path) => {
    setValues((v) => setIn(v, path, value));
    setTouched((t) => new Set(t).add(keyOf(touches)));
    setServerErrors({});
  }, []);

  /** The error to show for a field: after it was touched, or once the form was submitted. */
  const errorFor = (path: Path): string | undefined => {
    const key = keyOf(path);
    return submitted || touched.has(key) ? errors[key] : undefined;
  };

  /** Validates, then runs the action; returns its data on success. */
  async function submit<T>(action: (input: unknown) => Promise<ActionResult<T>>): Promise<T | null> {
    setSubmitted(true);
    const parsed = schema.safeParse(toInput(values));
    if (!parsed.success) return null;
    const result = await action(toInput(values));
    if (result.ok) {
      setFailure(null);
      return result.data;
    }
    setFailure(formFailure(result.error));
    setServerErrors(result.error.fields ?? {});
    return null;
  }

  const reset = (next: V) => {
    setValues(next);
    setTouched(new Set());
    setSubmitted(false);
    setServerErrors({});
  };

  const hasErrors = submitted && Object.keys(errors).length > 0;
  return { values, set, errorFor, submit, failure, setFailure, reset, hasErrors, errors };
}
