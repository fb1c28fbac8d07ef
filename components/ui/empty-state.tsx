import type { ReactNode } from "react";

export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="rounded border border-dashed border-line p-6 text-muted">{children}</p>;
}
