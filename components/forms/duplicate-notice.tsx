"use client";

import Link from "next/link";
import type { Failure } from "@/lib/errors/failure";

/**
 * Beside the name, after the server found a record with the same name or alias: a link to it
 * (most often the right answer is to use it), and a way to say this really is another one.
 */
export function DuplicateNotice({
  failure,
  kind,
  confirmed,
  onConfirm,
}: {
  failure: Failure | null;
  kind: "person" | "organization";
  confirmed: boolean;
  onConfirm: (value: boolean) => void;
}) {
  if (failure?.code !== "duplicate") return null;
  const existing = failure.current as { id: string; name: string; href: string } | undefined;
  return (
    <div className="mt-2 space-y-1 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm">
      {existing ? (
        <p>
          Existing record:{" "}
          <Link href={existing.href} className="font-medium text-accent underline" target="_blank">
            {existing.name}
          </Link>{" "}
          (opens in a new tab; what you typed stays here).
        </p>
      ) : null}
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          className="accent-accent"
          checked={confirmed}
          onChange={(e) => onConfirm(e.target.checked)}
        />
        This is a different {kind} with the same name: save it anyway
      </label>
    </div>
  );
}
