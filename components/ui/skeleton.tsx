/** What a record page shows while its data loads: the shape of the page, announced politely. */
export function PageSkeleton({ variant }: { variant: "list" | "record" }) {
  return (
    <div role="status" aria-live="polite" className="space-y-4">
      <span className="sr-only">Loading…</span>
      <div className="h-3 w-24 animate-pulse rounded bg-slate-200" />
      <div className="h-8 w-2/3 max-w-xl animate-pulse rounded bg-slate-200" />
      <div className="h-4 w-full max-w-2xl animate-pulse rounded bg-slate-200" />
      {variant === "list" ? (
        <div className="space-y-2">
          {Array.from({ length: 6 }, (_, i) => (
            <div key={i} className="h-10 animate-pulse rounded bg-slate-100" />
          ))}
        </div>
      ) : (
        <>
          <div className="h-32 animate-pulse rounded bg-slate-100" />
          <div className="h-6 w-48 animate-pulse rounded bg-slate-200" />
          <div className="h-40 animate-pulse rounded bg-slate-100" />
        </>
      )}
    </div>
  );
}
