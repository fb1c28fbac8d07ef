"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { revokeTokenAction } from "@/lib/tokens/actions";

/** Revokes after a second press, so that one stray click cannot break a running script. */
export function RevokeTokenButton({ tokenId, name }: { tokenId: string; name: string }) {
  const router = useRouter();
  const [armed, setArmed] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="space-y-1">
      <button
        type="button"
        disabled={pending}
        aria-label={armed ? `Confirm: revoke “${name}”` : `Revoke “${name}”`}
        className={`rounded border px-2 py-1 text-xs ${armed ? "border-red-400 bg-red-50 text-red-900" : "border-line"}`}
        onClick={() => {
          if (!armed) return setArmed(true);
          startTransition(async () => {
            const result = await revokeTokenAction({ tokenId });
            if (result.ok) router.refresh();
            else setError(result.error.message);
            setArmed(false);
          });
        }}
      >
        {pending ? "Revoking…" : armed ? "Press again to revoke" : "Revoke"}
      </button>
      {error ? (
        <p role="alert" className="text-xs text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}
