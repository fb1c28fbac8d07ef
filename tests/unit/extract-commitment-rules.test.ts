import { describe, expect, it } from "vitest";
import { extract } from "../../lib/extract";
import { toExtractionJson } from "../../lib/extract/contract";
import type { GazetteerEntry } from "../../lib/extract";

const gazetteer: GazetteerEntry[] = [
  { type: "country", id: "PE", names: ["Peru", "Pérou"] },
  { type: "country", id: "CL", names: ["Chile", "Chili"] },
  { type: "organization", id: "eu", names: ["European Union", "EU"], body: { code: "EU" } },
];

function found(text: string, language: "en" | "fr" = "en") {
  const json = toExtractionJson(extract(text, { published: "2021-05-04", gazetteer, language }), gazetteer);
  return json.commitments.map((c) => ({ kind: c.kind, from: c.from, to: c.to, mutual: c.mutual }));
}

describe("commitment rules", () => {
  it("reads a mutual subject as an agreement of both parties", () => {
    const text = "Peru and Chile held talks. Both sides are committed to doubling trade by 2025.";
    expect(found(text)).toEqual([{ kind: "agreement", from: ["PE", "CL"], to: ["PE", "CL"], mutual: true }]);
  });

  it("gives one commitment per side when each undertakes its own half", () => {
    const text =
      "Peru and Chile met. The two sides looked forward to the opening of a trade office of Peru in Arica and the opening of a trade office of Chile in Tacna.";
    expect(found(text)).toEqual([
      { kind: "intent", from: ["PE"], to: ["CL"], mutual: false },
      { kind: "intent", from: ["CL"], to: ["PE"], mutual: false },
    ]);
  });

  it("does not read an agreed opinion or a wished state as a commitment", () => {
    const text = "Peru met Chile. They agreed that relations are excellent. Peru hoped that ties would remain close.";
    expect(found(text)).toEqual([]);
  });

  it("reads a signing as a document, and a signed loan with its amount as the lender's pledge", () => {
    expect(found("Peru and Chile signed a memorandum on fisheries.")).toEqual([]);
    expect(found("Peru signed a loan agreement worth $50 million with Chile.")).toEqual([
      { kind: "pledge", from: ["CL"], to: ["PE"], mutual: false },
    ]);
  });

  it("names a body's side by its code", () => {
    expect(found("Peru met the EU. The EU will provide 20 million euros to Peru in 2022.")).toEqual([
      { kind: "pledge", from: ["EU"], to: ["PE"], mutual: false },
    ]);
  });

  it("reads the French future after 'les deux parties' and consent verbs", () => {
    const text = "Le Pérou et le Chili se sont réunis. Les deux parties renforceront leur coopération minière.";
    expect(found(text, "fr")).toEqual([{ kind: "agreement", from: ["PE", "CL"], to: ["PE", "CL"], mutual: true }]);
  });

  it("skips a headline line and a related-article link", () => {
    expect(found("Peru pledges aid to Chile\nPeru met Chile on Monday.")).toEqual([]);
  });
});
