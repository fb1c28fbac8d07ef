import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readDataset } from "../../lib/seed/read-dataset";
import { sidesOf } from "../../lib/commitments/sides";
import { datasetSchema } from "../../lib/seed/schema";
import { normalizeSourceText } from "../../lib/sources/hash";
import { locateQuote } from "../../lib/sources/quotes";

const { dataset, texts } = readDataset();

const RAW_PATH = path.join(process.cwd(), "prisma", "seed", "dataset.json");
const rawDataset = (): Record<string, unknown> & { commitments: Record<string, unknown>[] } =>
  JSON.parse(readFileSync(RAW_PATH, "utf8"));

interface FoundCitation {
  where: string;
  source: string;
  quote: string;
  occurrence: number;
}

/** Every citation anywhere in the parsed dataset, with the path where it sits. */
function collectCitations(value: unknown, where: string, out: FoundCitation[] = []): FoundCitation[] {
  if (Array.isArray(value)) {
    value.forEach((item, i) => collectCitations(item, `${where}.${i}`, out));
  } else if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (typeof record.source === "string" && typeof record.quote === "string") {
      out.push({
        where,
        source: record.source,
        quote: record.quote,
        occurrence: typeof record.occurrence === "number" ? record.occurrence : 1,
      });
    }
    for (const [key, child] of Object.entries(record)) collectCitations(child, where ? `${where}.${key}` : key, out);
  }
  return out;
}

describe("readDataset", () => {
  it("parses the embedded dataset with every kind of record", () => {
    expect(dataset.countries.map((c) => c.code).sort()).toEqual(["KH", "VN"]);
    expect(dataset.sources.length).toBeGreaterThanOrEqual(2);
    expect(dataset.organizations.length).toBeGreaterThan(0);
    expect(dataset.people.length).toBeGreaterThan(0);
    expect(dataset.events.length).toBeGreaterThan(0);
    expect(dataset.documents.length).toBeGreaterThan(0);
    expect(dataset.commitments.length).toBeGreaterThan(0);
    expect(dataset.flags.length).toBeGreaterThan(0);
  });

  it("reads a non-empty text for every source", () => {
    expect([...texts.keys()].sort()).toEqual(dataset.sources.map((s) => s.id).sort());
    for (const source of dataset.sources) {
      expect(normalizeSourceText(texts.get(source.id) ?? "").length, source.id).toBeGreaterThan(100);
    }
  });

  it("has unique ids within each kind of record", () => {
    const groups: Record<string, string[]> = {
      sources: dataset.sources.map((s) => s.id),
      organizations: dataset.organizations.map((o) => o.id),
      people: dataset.people.map((p) => p.id),
      positions: dataset.people.flatMap((p) => p.positions.map((pos) => pos.id)),
      events: dataset.events.map((e) => e.id),
      documents: dataset.documents.map((d) => d.id),
      commitments: dataset.commitments.map((c) => c.id),
      statusChanges: dataset.commitments.flatMap((c) => c.statusHistory.map((s) => s.id)),
      flags: dataset.flags.map((f) => f.id),
      sectors: dataset.sectors.map((s) => s.code),
      countries: dataset.countries.map((c) => c.code),
    };
    for (const [kind, ids] of Object.entries(groups)) {
      expect(new Set(ids).size, kind).toBe(ids.length);
    }
  });
});

describe("citations of the dataset", () => {
  const citations = collectCitations(dataset, "");

  it("are found everywhere they are expected", () => {
    // Events, documents, commitments, status changes and flags all carry citations.
    expect(citations.length).toBeGreaterThan(30);
    for (const prefix of ["events.", "documents.", "commitments.", "flags."]) {
      expect(
        citations.some((c) => c.where.startsWith(prefix)),
        prefix,
      ).toBe(true);
    }
    expect(citations.some((c) => c.where.includes(".statusHistory."))).toBe(true);
  });

  it("each quote is found verbatim in the normalized text of its source", () => {
    for (const citation of citations) {
      const text = texts.get(citation.source);
      expect(text, `${citation.where}: unknown source ${citation.source}`).toBeDefined();
      const normalized = normalizeSourceText(text!);
      const span = locateQuote(normalized, citation.quote, citation.occurrence);
      expect(span, `${citation.where}: quote not found: ${citation.quote}`).not.toBeNull();
      expect(normalized.slice(span!.start, span!.end)).toBe(citation.quote);
    }
  });
});

describe("references inside the dataset", () => {
  const ids = {
    country: new Set(dataset.countries.map((c) => c.code)),
    sector: new Set(dataset.sectors.map((s) => s.code)),
    source: new Set(dataset.sources.map((s) => s.id)),
    organization: new Set(dataset.organizations.map((o) => o.id)),
    person: new Set(dataset.people.map((p) => p.id)),
    position: new Set(dataset.people.flatMap((p) => p.positions.map((pos) => pos.id))),
    event: new Set(dataset.events.map((e) => e.id)),
    document: new Set(dataset.documents.map((d) => d.id)),
    commitment: new Set(dataset.commitments.map((c) => c.id)),
  };
  type Kind = keyof typeof ids;

  const refs: { where: string; kind: Kind; id: string }[] = [];
  const ref = (where: string, kind: Kind, id: string | undefined) => {
    if (id !== undefined) refs.push({ where, kind, id });
  };

  for (const o of dataset.organizations) {
    ref(`organization ${o.id} parentId`, "organization", o.parentId);
    ref(`organization ${o.id} countryCode`, "country", o.countryCode);
  }
  for (const p of dataset.people) {
    ref(`person ${p.id} countryCode`, "country", p.countryCode);
    for (const pos of p.positions) ref(`position ${pos.id} organizationId`, "organization", pos.organizationId);
  }
  for (const e of dataset.events) {
    ref(`event ${e.id} parentId`, "event", e.parentId);
    ref(`event ${e.id} hostCountryCode`, "country", e.hostCountryCode);
    ref(`event ${e.id} visitingCountryCode`, "country", e.visitingCountryCode);
    e.participants.forEach((p, i) => {
      ref(`event ${e.id} participant ${i} personId`, "person", p.personId);
      ref(`event ${e.id} participant ${i} organizationId`, "organization", p.organizationId);
      ref(`event ${e.id} participant ${i} countryCode`, "country", p.countryCode);
    });
  }
  for (const d of dataset.documents) {
    ref(`document ${d.id} eventId`, "event", d.eventId);
    d.parties.forEach((p, i) => {
      ref(`document ${d.id} party ${i} countryCode`, "country", p.countryCode);
      ref(`document ${d.id} party ${i} organizationId`, "organization", p.organizationId);
    });
    d.signatories.forEach((s, i) => {
      ref(`document ${d.id} signatory ${i} personId`, "person", s.personId);
      ref(`document ${d.id} signatory ${i} positionId`, "position", s.positionId);
      ref(`document ${d.id} signatory ${i} organizationId`, "organization", s.organizationId);
    });
  }
  for (const c of dataset.commitments) {
    sidesOf(c).forEach((side, i) => {
      ref(`commitment ${c.id} side ${i} countryCode`, "country", side.countryCode);
      ref(`commitment ${c.id} side ${i} organizationId`, "organization", side.organizationId);
      ref(`commitment ${c.id} side ${i} personId`, "person", side.personId);
    });
    ref(`commitment ${c.id} eventId`, "event", c.eventId);
    ref(`commitment ${c.id} documentId`, "document", c.documentId);
    for (const sector of c.sectors) ref(`commitment ${c.id} sector`, "sector", sector);
    for (const link of c.links) ref(`commitment ${c.id} link ${link.kind}`, "commitment", link.to);
  }
  for (const f of dataset.flags) {
    ref(`flag ${f.id} commitmentId`, "commitment", f.commitmentId);
    ref(`flag ${f.id} eventId`, "event", f.eventId);
    ref(`flag ${f.id} organizationId`, "organization", f.organizationId);
  }

  it("collects references of every kind", () => {
    const kinds = new Set(refs.map((r) => r.kind));
    for (const kind of ["organization", "person", "position", "event", "sector", "country", "commitment"] as const) {
      expect(kinds.has(kind), kind).toBe(true);
    }
  });

  it("every referenced id exists", () => {
    const missing = refs.filter((r) => !ids[r.kind].has(r.id)).map((r) => `${r.where}: ${r.kind} ${r.id}`);
    expect(missing).toEqual([]);
  });

  it("every signatory's position belongs to that signatory", () => {
    for (const d of dataset.documents) {
      for (const s of d.signatories) {
        if (!s.positionId) continue;
        const person = dataset.people.find((p) => p.id === s.personId);
        expect(
          person?.positions.map((p) => p.id),
          `${d.id} ${s.personId}`,
        ).toContain(s.positionId);
      }
    }
  });

  it("every flag points at something", () => {
    for (const f of dataset.flags) {
      expect(f.commitmentId ?? f.eventId ?? f.organizationId, f.id).toBeDefined();
    }
  });

  it("no event is its own ancestor", () => {
    const parent = new Map(dataset.events.map((e) => [e.id, e.parentId]));
    for (const e of dataset.events) {
      const seen = new Set<string>();
      for (let id: string | undefined = e.id; id; id = parent.get(id)) {
        expect(seen.has(id), `cycle at ${e.id}`).toBe(false);
        seen.add(id);
      }
    }
  });
});

describe("records of the dataset", () => {
  it("the cyber monitoring centre is USD 5 million due in 2019, cited in English and French", () => {
    const centre = dataset.commitments.find((c) => c.id === "cyber-monitoring-centre");
    expect(centre).toBeDefined();
    expect(centre!.amount).toEqual({ minor: 500000000n, currency: "USD", qualifier: "exact" });
    expect(centre!.target).toEqual({ date: "2019-01-01", precision: "year", end: null });
    const languages = new Set(centre!.citations.map((c) => dataset.sources.find((s) => s.id === c.source)?.language));
    expect(languages).toEqual(new Set(["en", "fr"]));
  });

  it("the 2019 visit of Nguyen Phu Trong carries an inconsistency flag", () => {
    expect(dataset.events.some((e) => e.id === "trong-visit-cambodia-2019")).toBe(true);
    const flags = dataset.flags.filter((f) => f.eventId === "trong-visit-cambodia-2019");
    expect(flags.map((f) => f.kind)).toContain("inconsistent");
  });

  it("the dates of the four-day visit parse at day precision", () => {
    const visit = dataset.events.find((e) => e.id === "hung-visit-cambodia-2019-03");
    expect(visit?.start).toEqual({ date: "2019-03-13", precision: "day" });
    expect(visit?.end).toEqual({ date: "2019-03-16", precision: "day" });
  });
});

describe("a corrupted dataset", () => {
  const issuePaths = (raw: unknown) => {
    const result = datasetSchema.safeParse(raw);
    expect(result.success).toBe(false);
    return result.error!.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
  };

  it("the unmodified raw dataset passes the schema (control)", () => {
    expect(datasetSchema.safeParse(rawDataset()).success).toBe(true);
  });

  it("is refused when an amount is written with an exponent", () => {
    const raw = rawDataset();
    const index = raw.commitments.findIndex((c) => c.id === "cyber-monitoring-centre");
    raw.commitments[index]!.amount = { value: "5e6", currency: "USD" };
    const issues = issuePaths(raw);
    expect(issues).toEqual([{ path: `commitments.${index}.amount.value`, message: expect.stringMatching(/digits/) }]);
  });

  it("is refused when a currency is unknown", () => {
    const raw = rawDataset();
    const index = raw.commitments.findIndex((c) => c.id === "cyber-monitoring-centre");
    raw.commitments[index]!.amount = { value: "5000000", currency: "XYZ" };
    expect(issuePaths(raw).map((i) => i.path)).toEqual([`commitments.${index}.amount.currency`]);
  });

  it("is refused when a quote is emptied", () => {
    const raw = rawDataset();
    const citations = raw.commitments[0]!.citations as { quote: string }[];
    citations[0]!.quote = "";
    expect(issuePaths(raw).map((i) => i.path)).toEqual(["commitments.0.citations.0.quote"]);
  });

  it("is refused when a target date does not exist", () => {
    const raw = rawDataset();
    raw.commitments[0]!.target = "2019-02-30";
    expect(issuePaths(raw).map((i) => i.path)).toEqual(["commitments.0.target"]);
  });

  it("is refused when a record loses all its citations", () => {
    const raw = rawDataset();
    raw.commitments[0]!.citations = [];
    const issues = issuePaths(raw);
    expect(issues).toEqual([
      { path: "commitments.0.citations", message: "Every record carries at least one citation" },
    ]);
  });

  it("a changed quote is no longer found in its source", () => {
    const raw = rawDataset();
    const citations = raw.commitments[0]!.citations as { source: string; quote: string }[];
    const original = citations[0]!;
    const text = normalizeSourceText(texts.get(original.source)!);
    expect(locateQuote(text, original.quote)).not.toBeNull();
    const changed = original.quote.replace("5 million", "6 million").replace("2019", "2020");
    expect(changed).not.toBe(original.quote);
    expect(locateQuote(text, changed)).toBeNull();
  });

  describe("read from a directory", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "pact-seed-"));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it("readDataset throws a message naming the field path", () => {
      const raw = rawDataset();
      const index = raw.commitments.findIndex((c) => c.id === "cyber-monitoring-centre");
      raw.commitments[index]!.amount = { value: "5e6", currency: "USD" };
      writeFileSync(path.join(dir, "dataset.json"), JSON.stringify(raw));
      expect(() => readDataset(dir)).toThrow(`commitments.${index}.amount.value`);
      expect(() => readDataset(dir)).toThrow(/The seed dataset is invalid/);
    });
  });
});
