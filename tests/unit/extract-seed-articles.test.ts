import { fromAndTo, sidesOf } from "@/lib/commitments/sides";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { allSuggestions, extract, isDateRange } from "../../lib/extract";
import type { Extraction, GazetteerEntry } from "../../lib/extract";

// The two seed articles against what the curated dataset records from them: every commitment,
// date, amount, quantity and known entity the dataset holds should be among the suggestions.

interface Citation {
  source: string;
  quote: string;
}
interface Named {
  name: string;
  nameFr?: string;
  aliases?: { alias: string }[];
  countryCode: string;
  id: string;
}
interface Raw {
  countries: { code: string; name: string; nameFr?: string }[];
  sources: { id: string; file: string; language: string; published: string }[];
  people: Named[];
  organizations: Named[];
  events: { id: string; start: string; end?: string; citations: Citation[] }[];
  commitments: {
    id: string;
    kind: string;
    citations: Citation[];
    from: { countryCode: string };
    to: { countryCode: string };
    amount?: { value: string; currency: string };
    quantity?: { baseline?: string; target: string; unit: string; atLeast?: boolean };
    target?: string;
  }[];
}

const SEED = path.join(process.cwd(), "prisma", "seed");
const dataset: Raw = JSON.parse(readFileSync(path.join(SEED, "dataset.json"), "utf8"));

const names = (e: Named) =>
  [e.name, e.nameFr, ...(e.aliases ?? []).map((a) => a.alias)].filter((n): n is string => !!n);
const gazetteer: GazetteerEntry[] = [
  ...dataset.countries.map((c) => ({
    type: "country" as const,
    id: c.code,
    names: [c.name, c.nameFr].filter((n): n is string => !!n),
    country: c.code,
  })),
  ...dataset.people.map((p) => ({ type: "person" as const, id: p.id, names: names(p), country: p.countryCode })),
  ...dataset.organizations.map((o) => ({
    type: "organization" as const,
    id: o.id,
    names: names(o),
    country: o.countryCode,
  })),
];

const articles = dataset.sources.map((source) => {
  const text = readFileSync(path.join(SEED, "sources", source.file), "utf8");
  return { source, text, result: extract(text, { published: source.published, gazetteer }) };
});
const article = (language: string) => articles.find((a) => a.source.language === language)!;

function containing(result: Extraction, text: string, quote: string) {
  const at = text.indexOf(quote);
  expect(at, `quote not in its source: ${quote}`).toBeGreaterThanOrEqual(0);
  return result.commitments.find((c) => c.start <= at && at + quote.length <= c.end);
}

describe.each(["en", "fr"])("the %s seed article", (language) => {
  const { source, text, result } = article(language);

  it("is recognised as its language and every suggestion points at its text", () => {
    expect(result.language).toBe(language);
    for (const s of [...allSuggestions(result), ...result.sentences]) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  const cited = dataset.commitments.filter((c) => c.citations.some((q) => q.source === source.id));

  it.each(cited.map((c) => [c.id, c] as const))(
    "suggests the commitment %s, with its kind and sides",
    (_id, commitment) => {
      const matches = commitment.citations
        .filter((q) => q.source === source.id)
        .map((q) => {
          const found = containing(result, text, q.quote);
          expect(found, `no suggested sentence holds: ${q.quote}`).toBeDefined();
          return found!;
        });
      const rightKind = matches.filter((m) => m.commitmentKind === commitment.kind);
      expect(
        rightKind.length,
        `none of ${matches.map((m) => m.commitmentKind).join(", ")} is a ${commitment.kind}`,
      ).toBeGreaterThan(0);
      // Until the assistant reads mutual commitments (issue 15), their first two parties stand in.
      const { from, to } = fromAndTo(sidesOf(commitment));
      for (const m of rightKind) {
        expect(m.direction?.from?.country).toBe(from?.countryCode);
        expect(m.direction?.to?.country).toBe(to?.countryCode);
      }
    },
  );

  it("suggests the dates the dataset records", () => {
    const ranges = result.dates.flatMap((d) =>
      isDateRange(d.value) ? [`${d.value.start.date}..${d.value.end.date}`] : [],
    );
    const days = result.dates.flatMap((d) =>
      !isDateRange(d.value) && d.value.precision === "day" ? [d.value.date] : [],
    );
    const years = result.dates.flatMap((d) =>
      !isDateRange(d.value) && d.value.precision === "year" ? [d.value.date.slice(0, 4)] : [],
    );
    for (const event of dataset.events.filter((e) => e.citations.some((q) => q.source === source.id))) {
      if (event.end) expect(ranges).toContain(`${event.start}..${event.end}`);
      else expect(days).toContain(event.start);
    }
    for (const c of cited) if (c.target) expect(years).toContain(c.target);
  });

  it("suggests the amounts and quantities the dataset records, where this article gives them", () => {
    for (const c of cited) {
      const sentences = c.citations
        .filter((q) => q.source === source.id)
        .map((q) => containing(result, text, q.quote)!);
      const amounts = sentences.flatMap((s) => s.money.map((m) => ({ value: m.value, currency: m.currency })));
      const quantities = sentences.flatMap((s) =>
        s.quantities.map(({ baseline, target, unit, atLeast }) => ({ baseline, target, unit, atLeast })),
      );
      if (c.amount && language === "en") expect(amounts).toContainEqual(c.amount);
      if (c.quantity) {
        const { baseline, target, unit, atLeast } = c.quantity;
        expect(quantities).toContainEqual({ baseline, target, unit, atLeast: atLeast ?? false });
      }
    }
  });
});

describe("the seed articles' particulars", () => {
  it("reads USD 5,000,000 in English and no amount in French, as the dataset flags", () => {
    expect(article("en").result.money.map((m) => [m.text, m.value, m.currency])).toEqual([
      ["5 million USD", "5000000", "USD"],
    ]);
    expect(article("fr").result.money).toEqual([]);
  });

  it("finds six provinces and the earlier visit's date, kept with its inferred year", () => {
    const { result } = article("en");
    expect(result.quantities).toContainEqual(
      expect.objectContaining({ text: "six Cambodian provinces", target: "6", unit: "provinces" }),
    );
    expect(result.dates).toContainEqual(expect.objectContaining({ text: "March 25-26", inferredYear: true }));
    expect(result.dates).toContainEqual(
      expect.objectContaining({ text: "January 7, 1979", value: { date: "1979-01-07", precision: "day" } }),
    );
  });

  it("finds the known people and organizations, Viettel and Metfone as one", () => {
    const ids = (language: string) => new Set(article(language).result.entities.map((e) => e.id));
    for (const id of [
      "hun-sen",
      "nguyen-manh-hung",
      "nguyen-xuan-phuc",
      "khieu-kanharith",
      "nguyen-phu-trong",
      "viettel",
      "vnpt",
      "fpt",
      "vna",
      "vov",
      "vtv",
      "kh-moi",
      "vn-cpv",
    ]) {
      expect(ids("en")).toContain(id);
    }
    for (const id of [
      "hun-sen",
      "nguyen-manh-hung",
      "nguyen-xuan-phuc",
      "khieu-kanharith",
      "viettel",
      "vnpt",
      "fpt",
      "kh-government",
      "vna",
    ]) {
      expect(ids("fr")).toContain(id);
    }
    const fr = article("fr").result.entities;
    expect(fr.filter((e) => e.id === "viettel").map((e) => e.text)).toEqual(["Metfone", "groupe vietnamien Viettel"]);
    expect(
      article("en")
        .result.entities.filter((e) => e.id === "viettel")
        .map((e) => e.text),
    ).toEqual(["military-run telecom group Viettel"]);
  });
});
