import type { ParamProblem } from "@/lib/records/search-params";

/** Says which URL filters were invalid and left out, instead of failing the page or ignoring them silently. */
export function IgnoredParams({ problems }: { problems: readonly ParamProblem[] }) {
  if (problems.length === 0) return null;
  const keys = problems.map((p) => p.field);
  return (
    <p role="note" className="rounded border border-line bg-white px-3 py-2 text-sm">
      Left out an invalid filter value: <strong>{keys.join(", ")}</strong>. The list shows everything else you asked
      for.
    </p>
  );
}
