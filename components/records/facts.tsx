import type { ReactNode } from "react";

/** A record's facts as a description list: label beside value on wide screens, stacked on phones. */
export function Facts({ children, label = "Facts" }: { children: ReactNode; label?: string }) {
  return (
    <section aria-label={label}>
      <dl className="rounded border border-line bg-white px-4">{children}</dl>
    </section>
  );
}

export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="border-b border-line py-2 last:border-0 sm:grid sm:grid-cols-4 sm:gap-4">
      <dt className="text-sm text-muted">{label}</dt>
      <dd className="sm:col-span-3">{children}</dd>
    </div>
  );
}
