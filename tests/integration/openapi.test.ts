import SwaggerParser from "@apidevtools/swagger-parser";
import { describe, expect, it } from "vitest";
import { getJson } from "../helpers/api";
import { conformanceProblems } from "../helpers/openapi";

type Doc = {
  openapi: string;
  paths: Record<string, { get: { parameters?: { name: string }[] } }>;
  components: { schemas: Record<string, unknown> };
};

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const { status, body } = await getJson<Doc>("/api/v1/openapi.json");
    expect(status).toBe(200);
    expect(body.openapi).toBe("3.1.0");
    // validate() dereferences in place, so it gets its own copy.
    await expect(SwaggerParser.validate(structuredClone(body) as never)).resolves.toBeTruthy();
  });

  it("documents every list, record, search and export route, with the filters the routes accept", async () => {
    const { body } = await getJson<Doc>("/api/v1/openapi.json");
    for (const kind of ["commitments", "events", "documents", "sources", "people", "organizations"]) {
      expect(body.paths[`/api/v1/${kind}`], kind).toBeDefined();
      expect(body.paths[`/api/v1/${kind}/{id}`], kind).toBeDefined();
    }
    const params = body.paths["/api/v1/commitments"]!.get.parameters!.map((p) => p.name);
    expect(params).toEqual(
      expect.arrayContaining([
        "status",
        "kind",
        "sector",
        "from",
        "to",
        "country",
        "overdue",
        "targetFrom",
        "targetTo",
        "eventFrom",
        "eventTo",
        "q",
        "asOf",
        "sort",
        "page",
        "pageSize",
        "view",
      ]),
    );
    expect(body.paths["/api/v1/search"]).toBeDefined();
    expect(body.paths["/api/v1/exports/commitments"]!.get.parameters!.map((p) => p.name)).toContain("format");
  });

  it("rejects a response that breaks its schema (the check is not vacuous)", async () => {
    const { body } = await getJson<Record<string, unknown>>("/api/v1/commitments/cyber-monitoring-centre");
    // A list page whose item is neither a full record nor a summary (a summary allows no extra field).
    const page = (item: unknown) => ({ data: [item], page: 1, pageSize: 50, total: 1 });
    expect(await conformanceProblems("/api/v1/commitments", 200, page(body))).toEqual([]);
    expect(
      await conformanceProblems("/api/v1/commitments", 200, page({ ...body, statusHistory: undefined, quantity: 3 })),
    ).not.toEqual([]);
    expect(await conformanceProblems("/api/v1/commitments/x", 200, { ...body, amount: 5_000_000 })).not.toEqual([]);
    expect(await conformanceProblems("/api/v1/commitments/x", 200, { ...body, status: "done" })).not.toEqual([]);
    expect(await conformanceProblems("/api/v1/nowhere", 200, {})).toEqual([
      "/api/v1/nowhere is not in the OpenAPI document",
    ]);
  });
});

describe("the readable API docs", () => {
  it("lists the endpoints", async () => {
    const { inject } = await import("vitest");
    const html = await (await fetch(`${inject("baseURL")}/api/docs`)).text();
    expect(html).toContain("/api/v1/commitments/{id}");
    expect(html).toContain("/api/v1/search");
  });
});
