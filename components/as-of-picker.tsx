"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useId, type FormEvent } from "react";

/** The header's "as of" day: it rewrites the current URL's `asOf`, so the view stays shareable. */
export function AsOfPicker() {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const current = params.get("asOf") ?? "";
  const id = useId();

  function go(asOf: string) {
    const next = new URLSearchParams(params.toString());
    if (asOf) next.set("asOf", asOf);
    else next.delete("asOf");
    // Results shift under a new day, so a page number from before means nothing.
    next.delete("page");
    const query = next.toString();
    router.push(query ? `${pathname}?${query}` : pathname);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const day = new FormData(event.currentTarget).get("asOf");
    go(typeof day === "string" ? day : "");
  }

  return (
    <form
      onSubmit={onSubmit}
      className="flex items-center gap-2 text-sm"
      role="search"
      aria-label="View the data as of a date"
    >
      <label htmlFor={id} className="text-muted">
        As of
      </label>
      {/* Uncontrolled, read on submit: a day typed before the page's script ran is kept, not
          reset by hydration; the key starts it afresh when the address changes the day. */}
      <input
        key={current}
        id={id}
        type="date"
        name="asOf"
        defaultValue={current}
        max="9999-12-31"
        className="rounded border border-line bg-white px-2 py-1"
      />
      <button type="submit" className="rounded border border-line bg-white px-2 py-1 hover:bg-slate-50">
        View
      </button>
      {current ? (
        <button type="button" onClick={() => go("")} className="text-accent hover:underline">
          Today
        </button>
      ) : null}
    </form>
  );
}
