import type { ReactNode } from "react";

/** A titled part of a record's page; the heading names it for screen readers. */
export function Section({ title, id, children }: { title: string; id?: string; children: ReactNode }) {
  const headingId = `${id ?? title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-heading`;
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h2 id={headingId} className="font-serif text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
