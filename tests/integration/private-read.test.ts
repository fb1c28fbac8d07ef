import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { login } from "../helpers/session";
import { startServer } from "../helpers/server";
import { TEST_USERS } from "../helpers/users";
import { integrationPort } from "../helpers/ports";

// PACT_PUBLIC_READ=false: every page and API call needs a session.
describe("private reading", () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    server = await startServer(inject("databaseFile"), integrationPort(2), {
      PACT_PUBLIC_READ: "false",
    });
  });
  afterAll(() => server?.stop());

  it("turns anonymous readers away from the API with 401 and from pages to the login", async () => {
    for (const path of [
      "/api/v1/commitments",
      "/api/v1/commitments/cyber-monitoring-centre",
      "/api/v1/search?q=cyber",
      "/api/v1/exports/commitments?format=csv",
    ]) {
      const response = await fetch(`${server.baseURL}${path}`);
      expect(response.status, path).toBe(401);
    }
    for (const path of ["/", "/commitments?kind=pledge", "/sources/vna-en-2019-03-14"]) {
      const response = await fetch(`${server.baseURL}${path}`, { redirect: "manual" });
      expect([302, 303, 307], path).toContain(response.status);
      expect(response.headers.get("location"), path).toContain(`/login?next=${encodeURIComponent(path)}`);
    }
    expect((await fetch(`${server.baseURL}/login`)).status).toBe(200);
  });

  it("lets any logged-in account read", async () => {
    const cookie = await login(server.baseURL, TEST_USERS.viewer);
    const api = await fetch(`${server.baseURL}/api/v1/commitments`, { headers: { cookie } });
    expect(api.status).toBe(200);
    const page = await fetch(`${server.baseURL}/commitments`, { headers: { cookie } });
    expect(page.status).toBe(200);
  });

  it("marks what a reader reads as theirs alone, so no shared cache serves it to another", async () => {
    const cookie = await login(server.baseURL, TEST_USERS.viewer);
    for (const path of [
      "/api/v1/commitments",
      "/api/v1/commitments/cyber-monitoring-centre",
      "/api/v1/search?q=cyber",
    ]) {
      const response = await fetch(`${server.baseURL}${path}`, { headers: { cookie } });
      expect(response.headers.get("cache-control"), path).toMatch(/^private\b/);
      expect(response.headers.get("vary"), path).toMatch(/\bCookie\b.*\bAuthorization\b/);
      const revalidated = await fetch(`${server.baseURL}${path}`, {
        headers: { cookie, "if-none-match": response.headers.get("etag")! },
      });
      expect(revalidated.status, path).toBe(304);
      expect(revalidated.headers.get("cache-control"), path).toMatch(/^private\b/);
      expect(revalidated.headers.get("vary"), path).toMatch(/\bCookie\b/);
    }
    const exported = await fetch(`${server.baseURL}/api/v1/exports/commitments?format=csv`, { headers: { cookie } });
    expect(exported.headers.get("cache-control")).toBe("no-store");
  });
});
