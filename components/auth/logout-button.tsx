"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { logoutAction } from "@/lib/auth/actions";

export function LogoutButton() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <button
      type="button"
      disabled={pending}
      className="text-accent hover:underline"
      onClick={() =>
        startTransition(async () => {
          await logoutAction({});
          router.push("/");
          router.refresh();
        })
      }
    >
      Log out
    </button>
  );
}
