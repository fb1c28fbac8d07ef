"use client";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="space-y-3">
      <h1 className="font-serif text-2xl font-semibold">Something went wrong</h1>
      <p className="text-muted">The page could not be loaded. Try again; if it keeps failing, tell an admin.</p>
      <button type="button" onClick={reset} className="rounded bg-accent px-3 py-1.5 text-white">
        Try again
      </button>
    </div>
  );
}
