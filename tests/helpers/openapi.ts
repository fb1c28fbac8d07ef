import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";
import { inject } from "vitest";

type Doc = {
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema: object }> }> }>
  >;
};

let documentPromise: Promise<Doc> | undefined;
let ajv: Ajv2020 | undefined;
const validators = new Map<string, ValidateFunction>();

/** The running server's OpenAPI document, fetched once per test file. */
export function openApiDocument(): Promise<Doc> {
  documentPromise ??= fetch(`${inject("baseURL")}/api/v1/openapi.json`).then((r) => r.json() as Promise<Doc>);
  return documentPromise;
}

function templateOf(doc: Doc, pathname: string): string | undefined {
  if (doc.paths[pathname]) return pathname;
  return Object.keys(doc.paths).find((template) =>
    new RegExp(`^${template.replace(/\{[^}]+\}/g, "[^/]+")}$`).test(pathname),
  );
}

/**
 * Checks a JSON response against the schema the OpenAPI document gives for its path and status.
 * Returns the list of problems (empty when it conforms); an undocumented path or status is one.
 */
export async function conformanceProblems(
  url: string,
  status: number,
  body: unknown,
  method: "get" | "post" | "patch" = "get",
): Promise<string[]> {
  const doc = await openApiDocument();
  const pathname = new URL(url, "http://x").pathname;
  const template = templateOf(doc, pathname);
  if (!template) return [`${pathname} is not in the OpenAPI document`];
  const schema = doc.paths[template]![method]?.responses[String(status)]?.content?.["application/json"]?.schema;
  if (!schema) return [`${method.toUpperCase()} ${template} documents no JSON response for ${status}`];
  const key = `${method} ${template} ${status}`;
  if (!validators.has(key)) {
    if (!ajv) {
      // The whole document is one schema resource, so "#/components/schemas/X" refs resolve in it.
      ajv = new Ajv2020({ strict: false, allErrors: true });
      ajv.addSchema({ ...doc, $id: "openapi" });
    }
    validators.set(
      key,
      ajv.compile({
        $ref: `openapi#/paths/${template.replace(/~/g, "~0").replace(/\//g, "~1")}/${method}/responses/${status}/content/application~1json/schema`,
      }),
    );
  }
  const validate = validators.get(key)!;
  return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message}`);
}
