/** The placeholder each sources route shows while its data loads; announced once, politely. */
export function SourcesSkeleton({ variant }: { variant: "list" | "text" | "compare" }) {
  const bar = "animate-pulse rounded bg-slate-200";
  return (
    <div role="status" aria-live="polite" className="space-y-4">
      <span className="sr-only">Loading…</span>
      <div className={`h-8 w-72 max-w-full ${bar}`} />
      <div className={`h-4 w-96 max-w-full ${bar}`} />
      {variant === "list" ? <div className="h-48 animate-pulse rounded bg-slate-100" /> : null}
      {variant === "text" ? (
        <div className="space-y-2">
          {Array.from({ length: 8 }, (_, i) => (
            <div key={i} className={`h-4 ${i % 3 === 2 ? "w-2/3" : "w-full"} ${bar}`} />
          ))}
        </div>
      ) : null}
      {variant === "compare" ? (
        <div className="grid gap-4 md:grid-cols-2">
          <div className="h-80 animate-pulse rounded bg-slate-100" />
          <div className="h-80 animate-pulse rounded bg-slate-100" />
        </div>
      ) : null}
    </div>
  );
}
