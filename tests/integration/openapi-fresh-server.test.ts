import SwaggerParser from "@apidevtools/swagger-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { startServer } from "../helpers/server";
import { seededCopy } from "../helpers/write-server";
import { integrationPort } from "../helpers/ports";

// Next serves route handlers and pages from two bundles, each with its own copy of every schema
// module, and zod keeps ONE registry per process (on globalThis). When both copies had put their
// component ids there, the document met two different "Commitment" schemas and the server
// answered 500. Which copy was registered last depends only on which requests came first, so
// each scenario runs on a server of its own, started for it.
// Ports 20–21 above the integration port: faults.test.ts holds 10–19.
const PORT = integrationPort(20);

type Doc = { openapi: string; paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } };

let file: string;
beforeAll(() => {
  file = seededCopy(`openapi-fresh-${PORT}`);
});

/** A new server that first answers `before` (each must succeed), then is asked for the document and the docs page. */
async function documentAfter(
  port: number,
  before: string[],
): Promise<{ document: Doc; docsStatus: number; docsHtml: string }> {
  const server = await startServer(file, port);
  try {
    for (const path of before) expect((await fetch(`${server.baseURL}${path}`)).status, path).toBe(200);
    const response = await fetch(`${server.baseURL}/api/v1/openapi.json`);
    const text = await response.text();
    expect(response.status, text.slice(0, 300)).toBe(200);
    const docs = await fetch(`${server.baseURL}/api/docs`);
    return { document: JSON.parse(text) as Doc, docsStatus: docs.status, docsHtml: await docs.text() };
  } finally {
    await server.stop();
  }
}

describe("the OpenAPI document on a server that has already served pages and API calls", () => {
  it("answers 200 with a valid document after the overview, a commitment page and an API list, and so does /api/docs", async () => {
    const { document, docsStatus, docsHtml } = await documentAfter(PORT, [
      "/",
      "/commitments/cyber-monitoring-centre",
      "/api/v1/commitments",
    ]);
    expect(document.openapi).toBe("3.1.0");
    // validate() dereferences in place, so it gets its own copy.
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeTruthy();
    expect(docsStatus).toBe(200);
    expect(docsHtml).toContain("/api/v1/commitments/{id}");
  }, 120_000);

  it("answers 200 with a valid document when /api/docs (the pages' copy of the schemas) was built first", async () => {
    const { document, docsStatus } = await documentAfter(PORT + 1, ["/api/docs"]);
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeTruthy();
    expect(Object.keys(document.components.schemas)).toEqual(
      expect.arrayContaining(["Commitment", "CommitmentPage", "PartialDate", "Error"]),
    );
    expect(docsStatus).toBe(200);
  }, 120_000);
});
