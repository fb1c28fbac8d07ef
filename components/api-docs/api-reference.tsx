type Json = Record<string, unknown>;
type Parameter = { name: string; in: string; required?: boolean; schema?: Json; description?: string };
type Operation = {
  summary?: string;
  operationId?: string;
  parameters?: Parameter[];
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: Json }> }>;
};

/** A parameter's type as people read it: "announced | agreed | …, comma-separated". */
function typeOf(schema: Json | undefined): string {
  if (!schema) return "";
  if (schema.type === "array") return `${typeOf(schema.items as Json)} (comma-separated)`;
  if (Array.isArray(schema.enum)) return (schema.enum as unknown[]).join(" | ");
  const bounds = [
    schema.minimum !== undefined ? `≥ ${Number(schema.minimum)}` : "",
    schema.maximum !== undefined ? `≤ ${Number(schema.maximum)}` : "",
  ]
    .filter(Boolean)
    .join(", ");
  return [
    typeof schema.type === "string" ? schema.type : "any",
    bounds,
    schema.default !== undefined ? `default ${JSON.stringify(schema.default)}` : "",
  ]
    .filter(Boolean)
    .join(", ");
}

function refName(schema: Json | undefined): string {
  const ref = schema?.$ref;
  return typeof ref === "string" ? ref.split("/").at(-1)! : schema?.type === "string" ? "text" : "";
}

export function ApiReference({ document }: { document: Json }) {
  const paths = document.paths as Record<string, Record<string, Operation>>;
  return (
    <div className="space-y-10">
      {Object.entries(paths).map(([path, methods]) =>
        Object.entries(methods).map(([method, op]) => (
          <section
            key={`${method} ${path}`}
            aria-labelledby={`op-${op.operationId}`}
            className="space-y-3 rounded border border-line bg-white p-4"
          >
            <h2 id={`op-${op.operationId}`} className="font-mono text-base font-semibold">
              <span className="mr-2 rounded bg-emerald-50 px-1.5 py-0.5 text-emerald-900">{method.toUpperCase()}</span>
              {path}
            </h2>
            {op.summary ? <p>{op.summary}</p> : null}
            {op.parameters?.length ? (
              <div className="relative overflow-x-auto">
                <table className="w-full text-left text-sm">
                  <caption className="sr-only">
                    Parameters of {method.toUpperCase()} {path}
                  </caption>
                  <thead className="text-xs uppercase tracking-wide text-muted">
                    <tr>
                      <th scope="col" className="py-1 pr-4">
                        Parameter
                      </th>
                      <th scope="col" className="py-1 pr-4">
                        In
                      </th>
                      <th scope="col" className="py-1">
                        Type
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {op.parameters.map((p) => (
                      <tr key={p.name} className="border-t border-line align-top">
                        <th scope="row" className="py-1 pr-4 font-mono font-normal">
                          {p.name}
                          {p.required ? " *" : ""}
                        </th>
                        <td className="py-1 pr-4">{p.in}</td>
                        <td className="py-1">
                          {typeOf(p.schema)}
                          {p.description ? <span className="block text-muted">{p.description}</span> : null}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : null}
            <ul className="space-y-1 text-sm">
              {Object.entries(op.responses ?? {}).map(([status, response]) => (
                <li key={status}>
                  <span className="font-mono font-semibold">{status}</span> — {response.description}
                  {Object.entries(response.content ?? {}).map(([type, body]) => (
                    <span key={type} className="text-muted">
                      {" "}
                      · {type}
                      {refName(body.schema) ? `: ${refName(body.schema)}` : ""}
                    </span>
                  ))}
                </li>
              ))}
            </ul>
          </section>
        )),
      )}
    </div>
  );
}
