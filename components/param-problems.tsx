import type { ParamProblem } from "@/lib/records/search-params";

/** Names the link's parameters that were ignored, and why. */
export function ParamProblems({ problems }: { problems: ParamProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <div role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
      <p className="font-medium">Some parts of this address were ignored:</p>
      <ul className="list-disc pl-5">
        {problems.map((p) => (
          <li key={p.field}>
            <code>{p.field}</code>: {p.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
