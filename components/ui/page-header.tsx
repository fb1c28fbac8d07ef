import type { ReactNode } from "react";

/** The title block every page opens with: an eyebrow (the record's kind), a title, a lede. */
export function PageHeader({
  eyebrow,
  title,
  children,
  actions,
}: {
  eyebrow?: ReactNode;
  title: ReactNode;
  children?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <div className="flex flex-wrap items-end justify-between gap-4">
      <div className="max-w-3xl">
        {eyebrow ? <p className="text-xs font-medium uppercase tracking-wide text-muted">{eyebrow}</p> : null}
        <h1 className="font-serif text-3xl font-semibold">{title}</h1>
        {children ? <div className="mt-1 text-muted">{children}</div> : null}
      </div>
      {actions ? <div className="flex flex-wrap gap-2">{actions}</div> : null}
    </div>
  );
}
