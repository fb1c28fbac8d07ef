export type Answer = {
  status: number;
  headers: Headers;
  body: { error?: { code: string; field?: string; message: string; current?: unknown } } & Record<string, unknown>;
};

/** A JSON request to a write route, from Pact's own origin, with a session cookie and any headers. */
export async function call(
  base: string,
  method: string,
  urlPath: string,
  body: unknown,
  { cookie, headers = {} }: { cookie?: string; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const response = await fetch(`${base}${urlPath}`, {
    method,
    headers: { "content-type": "application/json", origin: base, ...(cookie ? { cookie } : {}), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as Answer["body"]) : {} };
}
