"use client";

export default function ImportError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="space-y-3">
      <h1 className="font-serif text-2xl font-semibold">The import page could not be loaded</h1>
      <p className="text-muted">Nothing was imported. Try again; if it keeps failing, tell an admin.</p>
      <button type="button" onClick={reset} className="rounded bg-accent px-3 py-1.5 text-white">
        Try again
      </button>
    </div>
  );
}
