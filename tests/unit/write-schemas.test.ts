import { describe, expect, it } from "vitest";
import { mergePatch } from "@/lib/api/merge-patch";
import { commitmentPatchSchema, commitmentWriteSchema } from "@/lib/commitments/write-schema";
import { commitmentCreateSchema } from "@/lib/commitments/schema";
import { documentWriteSchema } from "@/lib/documents/write-schema";
import { personWriteSchema } from "@/lib/people/write-schema";

describe("mergePatch (RFC 7396)", () => {
  it("replaces members, merges objects, removes on null and replaces arrays whole", () => {
    const target = { a: 1, b: { c: 2, d: 3 }, list: [1, 2], keep: "x" };
    expect(mergePatch(target, { a: 5, b: { c: null, e: 4 }, list: [3] })).toEqual({
      a: 5,
      b: { d: 3, e: 4 },
      list: [3],
      keep: "x",
    });
    expect(target).toEqual({ a: 1, b: { c: 2, d: 3 }, list: [1, 2], keep: "x" });
  });

  it("keeps a __proto__ member as a member, never as the prototype", () => {
    const merged = mergePatch({}, JSON.parse('{"__proto__":{"polluted":true}}')) as Record<string, unknown>;
    expect(Object.keys(merged)).toEqual(["__proto__"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
  });
});

const read = {
  id: "fisheries",
  title: "Joint fisheries research centre",
  titleEn: "Joint fisheries research centre",
  titleFr: null,
  description: null,
  kind: "agreement",
  status: "agreed",
  direction: "mutual",
  sides: [
    { role: "party", country: { code: "SN", name: "Senegal" }, organization: null, person: null },
    { role: "party", country: { code: "JP", name: "Japan" }, organization: { id: "jp-maff", name: "…" }, person: null },
  ],
  from: { country: "SN", countryName: "Senegal", organization: null, person: null },
  to: null,
  sectors: ["fisheries"],
  amount: { value: "2500000.50", currency: "USD", qualifier: "about" },
  quantity: { baseline: null, target: "40", delta: null, unit: "researchers", scope: null, atLeast: false },
  target: { date: "2026", precision: "year", end: { date: "2027", precision: "year" } },
  overdue: false,
  eventId: null,
  documentId: null,
  citations: [
    {
      id: "c1",
      sourceId: "aps",
      quote: "Senegal and Japan agreed",
      language: "en",
      sourceTitle: "…",
      start: 0,
      end: 9,
    },
  ],
  links: [
    { kind: "part_of", direction: "out", commitmentId: "package", note: null },
    { kind: "follow_up_of", direction: "in", commitmentId: "later", note: null },
  ],
  version: 3,
};

describe("a commitment's write shape", () => {
  it("maps the read shape onto the form's input, the form's rules applied", () => {
    const { version: _v, ...body } = read;
    const parsed = commitmentWriteSchema.parse({ ...body, statusEffective: "2025-05-12" });
    const form = commitmentCreateSchema.parse({
      titleEn: "Joint fisheries research centre",
      kind: "agreement",
      direction: "mutual",
      sides: [
        { role: "party", countryCode: "SN" },
        { role: "party", countryCode: "JP", organizationId: "jp-maff" },
      ],
      sectors: ["fisheries"],
      amount: { value: "2500000.50", currency: "USD", qualifier: "about" },
      quantity: { target: "40", unit: "researchers", atLeast: false },
      target: { date: "2026", end: "2027" },
      citations: [{ sourceId: "aps", quote: "Senegal and Japan agreed" }],
      links: [{ kind: "part_of", commitmentId: "package" }],
      status: "agreed",
      statusEffective: "2025-05-12",
    });
    expect(parsed).toEqual(form);
  });

  it("skips quotes already recorded in a PATCH, and refuses a status there", () => {
    const patched = commitmentPatchSchema.parse({ ...read, status: undefined, id: "fisheries" });
    expect(patched.citations).toEqual([]);
    expect(patched.version).toBe(3);
    const status = commitmentPatchSchema.safeParse({ ...read, id: "fisheries" });
    expect(status.success).toBe(false);
    expect(status.error?.issues[0]?.path).toEqual(["status"]);
  });

  it("refuses unknown fields by name, and takes a bare code or id for a reference", () => {
    const typo = commitmentWriteSchema.safeParse({ ...read, titel: "x", statusEffective: "2025" });
    expect(typo.error?.issues[0]).toMatchObject({ code: "unrecognized_keys", keys: ["titel"] });
    const bare = commitmentWriteSchema.parse({
      ...read,
      version: undefined,
      sides: [
        { role: "party", country: "sn" },
        { role: "party", country: "JP", organization: "jp-maff" },
      ],
      statusEffective: "2025",
    });
    expect(bare.sides).toEqual([
      { role: "party", countryCode: "SN" },
      { role: "party", countryCode: "JP", organizationId: "jp-maff" },
    ]);
  });
});

describe("the other write shapes", () => {
  it("writes a document's participants as the form's signatories", () => {
    const parsed = documentWriteSchema.parse({
      titleEn: "Memorandum on fisheries research",
      kind: "mou",
      event: { id: "talks", title: "ignored" },
      parties: [{ country: "SN", organization: null }],
      participants: [{ role: "witness", person: { id: "p", name: "…" }, position: "Minister", positionId: "pos" }],
      signatories: [],
      citations: [{ sourceId: "aps", quote: "a memorandum" }],
    });
    expect(parsed).toMatchObject({
      eventId: "talks",
      parties: [{ countryCode: "SN" }],
      signatories: [{ role: "witness", personId: "p", positionId: "pos" }],
    });
  });

  it("takes a person's aliases as words or with their language, and drops position ids on create", () => {
    const parsed = personWriteSchema.parse({
      name: "Fatou Diop",
      country: "SN",
      aliases: ["F. Diop", { alias: "Madame Diop", language: "fr" }],
      positions: [{ id: "someone-elses", title: "Minister", organization: null, from: "2024", to: null }],
    });
    expect(parsed.aliases).toEqual([{ alias: "F. Diop" }, { alias: "Madame Diop", language: "fr" }]);
    expect(parsed.positions[0]).not.toHaveProperty("id");
  });
});
