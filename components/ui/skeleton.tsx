/** A page-shaped placeholder while the server reads; announced once to screen readers. */
export function ListSkeleton() {
  return (
    <div role="status" aria-live="polite" className="space-y-3">
      <span className="sr-only">Loading…</span>
      <div className="h-8 w-64 animate-pulse rounded bg-slate-200" />
      <div className="h-4 w-96 max-w-full animate-pulse rounded bg-slate-200" />
      <div className="h-64 animate-pulse rounded bg-slate-100" />
    </div>
  );
}
