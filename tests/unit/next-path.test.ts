import { describe, expect, it } from "vitest";
import { safeNextPath } from "@/lib/auth/next-path";

describe("where to go after logging in", () => {
  it("keeps a path of this site, with its query and fragment", () => {
    expect(safeNextPath("/commitments?status=agreed&asOf=2019-06-30")).toBe(
      "/commitments?status=agreed&asOf=2019-06-30",
    );
    expect(safeNextPath("/commitments/cyber-monitoring-centre#change-status")).toBe(
      "/commitments/cyber-monitoring-centre#change-status",
    );
    expect(safeNextPath("/%5Cevil.example")).toBe("/%5Cevil.example");
  });

  it.each([
    ["a backslash", "/\\evil.example"],
    ["two backslashes", "\\\\evil.example"],
    ["a backslash after a slash", "/\\/evil.example"],
    ["two slashes", "//evil.example"],
    ["two slashes and a path", "//evil.example/commitments"],
    ["a tab between the slashes", "/\t/evil.example"],
    ["a newline between the slashes", "/\n/evil.example"],
    ["a carriage return between the slashes", "/\r/evil.example"],
    ["a dot segment before two slashes", "/.//evil.example"],
    ["a dot-dot segment before two slashes", "/x/..//evil.example"],
    ["an absolute address", "https://evil.example/"],
    ["a scheme-relative address with a user", "//user@evil.example"],
    ["javascript:", "javascript:alert(1)"],
    ["data:", "data:text/html,<script>alert(1)</script>"],
    ["nothing", ""],
  ])("sends %s home", (_name, value) => {
    const next = safeNextPath(value);
    expect(next).toBe("/");
  });

  it("sends anything that is not one string home", () => {
    expect(safeNextPath(undefined)).toBe("/");
    expect(safeNextPath(["/a", "/b"])).toBe("/");
  });

  it("never answers a path a browser would read as another host", () => {
    const tricky = ["/\\", "/\t\\", "/.\\/", "/%2F/", "/;//", "/\u0000//"].flatMap((a) =>
      ["evil.example", "/evil.example"].map((b) => a + b),
    );
    for (const value of tricky) {
      const next = safeNextPath(value);
      expect(new URL(next, "http://pact.test").host, `${JSON.stringify(value)} → ${next}`).toBe("pact.test");
    }
  });
});
