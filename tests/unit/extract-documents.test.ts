import { describe, expect, it } from "vitest";
import { extract, type GazetteerEntry } from "../../lib/extract";

const GAZETTEER: GazetteerEntry[] = [
  { type: "country", id: "PE", names: ["Peru", "Pérou"], country: "PE" },
  { type: "country", id: "NO", names: ["Norway", "Norvège"], country: "NO" },
  { type: "organization", id: "eu", names: ["European Union", "EU"], body: { code: "EU" } },
];

const read = (text: string, language: "en" | "fr", published = "2021-09-10") =>
  extract(text, { language, published, gazetteer: GAZETTEER });

describe("documents", () => {
  it("names the instrument, its kind, date and signatories with their sides", () => {
    const text =
      "On 8 September, a Memorandum of Understanding on fisheries research was signed by Mr. Ola Berg, " +
      "Ambassador of Norway, and Ms. Rosa Quispe, Minister of Production of Peru, in Lima.";
    const [doc, ...rest] = read(text, "en").documents;
    expect(rest).toHaveLength(0);
    expect(doc).toMatchObject({
      documentKind: "mou",
      title: "Memorandum of Understanding on fisheries research",
      signed: { date: "2021-09-08", precision: "day" },
      signatories: [
        { name: "Ola Berg", for: "NO" },
        { name: "Rosa Quispe", for: "PE" },
      ],
      event: 0,
    });
    expect(read(text, "en").events[0]!.eventKind).toBe("signing_ceremony");
  });

  it("reads one document per item of an enumeration, and drops the count that announced them", () => {
    const text =
      "Le Pérou et la Norvège ont signé ce matin trois accords. " +
      "Les documents signés sont le mémorandum d'entente sur la pêche, l'accord sur le transport aérien, " +
      "et le programme d'échanges culturels pour 2022-2024.";
    const docs = read(text, "fr").documents;
    expect(docs.map((d) => d.documentKind)).toEqual(["mou", "agreement", "action_programme"]);
    expect(docs[1]!.title).toBe("Accord sur le transport aérien");
    expect(docs.every((d) => d.signed?.date === "2021-09-10")).toBe(true);
  });

  it("summarises a counted set without a list as one `other` document", () => {
    const docs = read("Lors d'une cérémonie à Oslo, le ministre a signé 12 accords bilatéraux.", "fr").documents;
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({ documentKind: "other", title: "12 accords" });
  });

  it("merges a later reference into the instrument it points at", () => {
    const text =
      "Peru and the EU have entered into a financing agreement on water supply. " +
      "The agreement was signed on 9 September 2021.";
    const docs = read(text, "en").documents;
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({ signed: { date: "2021-09-09" }, parties: ["PE", "EU"] });
    expect(docs[0]!.text).toBe("agreement");
  });

  it("leaves an instrument still to be signed undated", () => {
    const docs = read("Norway and Peru will sign an agreement on fisheries next year.", "en").documents;
    expect(docs).toHaveLength(1);
    expect(docs[0]!.pending).toBe(true);
    expect(docs[0]!.signed).toBeUndefined();
  });

  it("does not take an older instrument or a generic headline noun for one signed", () => {
    const text = "Signature de convention\nThe 1990 Convention on fisheries remains in force.";
    expect(read(text, "en").documents).toEqual([]);
  });

  it("reads every instrument joined to one signing verb", () => {
    const text =
      "Peru and Norway on Monday signed an MoU on fisheries research and an agreement on seabird monitoring in Lima.";
    const docs = read(text, "en").documents;
    expect(docs.map((d) => [d.title, d.documentKind])).toEqual([
      ["MoU on fisheries research", "mou"],
      ["Agreement on seabird monitoring", "agreement"],
    ]);
    const fr =
      "La Norvège et le Pérou ont signé un protocole sur les quotas ainsi qu'une convention de formation des pêcheurs.";
    expect(read(fr, "fr").documents).toHaveLength(2);
  });

  it("reads a numbered list told one instrument a line", () => {
    const text =
      "Peru and Norway signed four texts on Monday.\n\nThe documents signed were:\n" +
      "1. a memorandum of understanding on ocean data;\n2. an agreement on port inspections, funded by a grant;\n" +
      "3. a protocol on scientific visas;\n4. a training programme for 2022-2024.\n\nThe two sides will meet again.";
    const docs = read(text, "en").documents;
    expect(docs.map((d) => d.title)).toEqual([
      "Memorandum of understanding on ocean data",
      "Agreement on port inspections",
      "Protocol on scientific visas",
      "Training programme for 2022-2024",
    ]);
  });

  it("splits a counted pair told as 'l'un … l'autre' / 'one … the other'", () => {
    const fr =
      "Deux accords, d'une valeur totale de 12 millions d'euros prélevés sur le fonds bilatéral, ont été signés lundi : " +
      "l'un porte sur la pêche artisanale, l'autre sur la formation des marins.";
    expect(read(fr, "fr").documents.map((d) => d.title)).toEqual([
      "Accord sur la pêche artisanale",
      "Accord sur la formation des marins",
    ]);
    const en = "Peru and Norway signed two agreements: one on coastal radar, the other on search and rescue.";
    expect(read(en, "en").documents.map((d) => d.title)).toEqual([
      "Agreement on coastal radar",
      "Agreement on search and rescue",
    ]);
  });
});
