"use client";

import { useState } from "react";

/** The secret of a token just made: shown this once, with a way to copy it and to try it. */
export function NewTokenSecret({ name, token }: { name: string; token: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div
      role="status"
      className="space-y-2 rounded border border-emerald-300 bg-emerald-50 p-4 text-sm text-emerald-950"
    >
      <p className="font-medium">
        “{name}” is made. Copy its secret now: Pact keeps only a hash of it and cannot show it again.
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <code aria-label="The token's secret" className="break-all rounded bg-white px-2 py-1 font-mono">
          {token}
        </code>
        <button
          type="button"
          className="rounded border border-emerald-400 bg-white px-3 py-1"
          onClick={() => {
            void navigator.clipboard?.writeText(token).then(
              () => setCopied(true),
              () => setCopied(false),
            );
          }}
        >
          {copied ? "Copied" : "Copy"}
        </button>
      </div>
      <p>
        Try it:{" "}
        <code className="break-all">
          curl -H &quot;Authorization: Bearer {token}&quot; {location.origin}/api/v1/commitments
        </code>
      </p>
    </div>
  );
}
