import type { z } from "zod";

export type SearchParams = Record<string, string | string[] | undefined>;

/** A page's search params as the flat strings the filter schemas read (a repeated key → comma list). */
export function flattenSearchParams(params: SearchParams): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    const joined = Array.isArray(value) ? value.join(",") : value;
    if (joined !== "") flat[key] = joined;
  }
  return flat;
}

export interface ParamProblem {
  field: string;
  message: string;
}

/**
 * Pages never answer a bad link with an error page: each invalid parameter is dropped and named,
 * so the reader sees what was ignored and why, above the results of the rest.
 */
export function parseLeniently<S extends z.ZodType>(schema: S, raw: Record<string, string>): { data: z.output<S>; problems: ParamProblem[] } {
  const input = { ...raw };
  const problems: ParamProblem[] = [];
  for (let attempt = 0; attempt < 20; attempt++) {
    const result = schema.safeParse(input);
    if (result.success) return { data: result.data, problems };
    const issue = result.error.issues[0]!;
    const key = issue.code === "unrecognized_keys" ? issue.keys[0]! : String(issue.path[0] ?? "");
    if (!(key in input)) break;
    problems.push({ field: key, message: issue.code === "unrecognized_keys" ? "is not a filter of this page" : issue.message });
    delete input[key];
  }
  return { data: schema.parse({}), problems };
}
