"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { ROLES, ROLE_LABELS, type Role } from "@/lib/auth/roles";
import { formFailure } from "@/lib/errors/failure";
import { changeRoleAction } from "@/lib/users/actions";

export function RoleSelect({ userId, role, label }: { userId: string; role: Role; label: string }) {
  const router = useRouter();
  const [value, setValue] = useState<Role>(role);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div>
      <select
        aria-label={label}
        value={value}
        disabled={pending}
        className="rounded border border-line bg-white px-2 py-1"
        onChange={(e) => {
          const next = e.target.value as Role;
          setValue(next);
          startTransition(async () => {
            const result = await changeRoleAction({ userId, role: next });
            if (result.ok) {
              setError(null);
              router.refresh();
            } else {
              setValue(role);
              setError(formFailure(result.error).message);
            }
          });
        }}
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABELS[r]}
          </option>
        ))}
      </select>
      {error ? (
        <p role="alert" className="mt-1 text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}
