import { describe, expect, it } from "vitest";
import { compileGazetteer, extractEntities } from "../../lib/extract/entities";
import { proposeNames } from "../../lib/extract/names";
import type { GazetteerEntry } from "../../lib/extract/types";

const gazetteer: GazetteerEntry[] = [
  { type: "country", id: "PE", names: ["Peru", "Pérou"], country: "PE" },
  { type: "country", id: "NO", names: ["Norway", "Norvège"], country: "NO" },
  { type: "country", id: "CN", names: ["People's Republic of China", "Chine"], country: "CN" },
  { type: "country", id: "TH", names: ["Thailand", "Thaïlande"], country: "TH" },
  { type: "organization", id: "un", names: ["United Nations", "UN"], body: { code: "UN" } },
  { type: "person", id: "other-tan", names: ["Tan"], country: "TH" },
];
const compiled = compileGazetteer(gazetteer);

function names(text: string) {
  const found = proposeNames(text, extractEntities(text, compiled));
  for (const p of found) expect(text.slice(p.start, p.end)).toBe(p.text);
  return found.map((p) => ({ text: p.text, name: p.name, type: p.type, country: p.country, position: p.position }));
}

describe("proposed names", () => {
  it("reads a person after a title, with the title's country and the title as position", () => {
    expect(names("Thai Deputy Minister of Trade Somchai Rattana met the press.")).toEqual([
      {
        text: "Somchai Rattana",
        name: "Somchai Rattana",
        type: "person",
        country: "TH",
        position: "Thai Deputy Minister of Trade",
      },
    ]);
  });

  it("reads a person before an appositive title, in French", () => {
    const [person] = names("Le texte a été signé par Ana Lucía Quispe, la ministre péruvienne du Commerce, hier.");
    expect(person).toMatchObject({ name: "Ana Lucía Quispe", type: "person" });
    expect(person?.position).toMatch(/^ministre/);
  });

  it("keeps honorifics in the mention's text but not in the name, and links the surname", () => {
    const found = names("H.E. Mr. Lars Haugen, Ambassador of Norway to Peru, spoke first. Mr Haugen then left.");
    expect(found[0]).toMatchObject({ text: "H.E. Mr. Lars Haugen", name: "Lars Haugen", country: "NO" });
    expect(found.at(-1)).toMatchObject({ text: "Mr Haugen", name: "Lars Haugen" });
  });

  it("does not take the ambassador's host country as their own", () => {
    expect(names("Norwegian Ambassador to Peru Kari Nilsen opened the fair.")[0]?.country).toBe("NO");
  });

  it("proposes organizations from their head noun and from a defined acronym", () => {
    const found = names(
      "The Peru-Norway Joint Fisheries Commission met. The Andean Water Agency (AWA) will help; AWA said so.",
    );
    expect(found.map((f) => [f.text, f.name, f.type])).toEqual([
      ["Peru-Norway Joint Fisheries Commission", "Peru-Norway Joint Fisheries Commission", "organization"],
      ["Andean Water Agency", "Andean Water Agency", "organization"],
      ["AWA", "Andean Water Agency", "organization"],
      ["AWA", "Andean Water Agency", "organization"],
    ]);
  });

  it("reads French organization names with their adjectives and complements", () => {
    expect(names("Le projet de l'Agence norvégienne de coopération a été lancé.").map((f) => f.text)).toEqual([
      "Agence norvégienne de coopération",
    ]);
    expect(names("selon l'ambassade du Pérou en Norvège, le don arrive.").map((f) => f.text)).toEqual([
      "ambassade du Pérou en Norvège",
    ]);
  });

  it("proposes nothing for a meeting, a treaty, a byline or a place", () => {
    expect(names("The 3rd Joint Summit Meeting (JSM) and the Lima Convention on Fisheries (LCF) were held.")).toEqual(
      [],
    );
    expect(names("Par J. Dupont")).toEqual([]);
    expect(names("The Consulate General in San Isidro opened.").filter((f) => f.type === "person")).toEqual([]);
  });
});

describe("known names on whole names only", () => {
  const known = (text: string) => extractEntities(text, compiled).map((e) => [e.text, e.id]);

  it("does not match a short alias inside a longer capitalised name", () => {
    expect(known("Minister Boon Tan spoke; Tan agreed.")).toEqual([["Tan", "other-tan"]]);
    expect(known("the United Nations Convention on Fisheries")).toEqual([]);
    expect(known("the South China Sea")).toEqual([]);
  });

  it("reads official styles and short names as the country", () => {
    expect(known("the Kingdom of Thailand and the Royaume de Thaïlande")).toEqual([
      ["Kingdom of Thailand", "TH"],
      ["Royaume de Thaïlande", "TH"],
    ]);
    expect(known("China and the Thai side")).toEqual([
      ["China", "CN"],
      ["Thai side", "TH"],
    ]);
  });

  it("needs the capital of a one-word name", () => {
    expect(known("une réunion au Pérou")).toEqual([["Pérou", "PE"]]);
  });
});
