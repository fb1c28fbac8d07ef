import { describe, expect, it } from "vitest";
import { extract } from "../../lib/extract";
import type { CommitmentSuggestion, GazetteerEntry } from "../../lib/extract";

const gazetteer: GazetteerEntry[] = [
  { type: "country", id: "VN", names: ["Vietnam", "Viêt Nam"] },
  { type: "country", id: "KH", names: ["Cambodia", "Cambodge"] },
  { type: "country", id: "LA", names: ["Laos"] },
  { type: "person", id: "hun-sen", names: ["Hun Sen"], country: "KH" },
  { type: "person", id: "hung", names: ["Nguyen Manh Hung", "Hung"], country: "VN" },
  { type: "person", id: "kanharith", names: ["Khieu Kanharith"], country: "KH" },
  { type: "person", id: "phuc", names: ["Nguyen Xuan Phuc"], country: "VN" },
  {
    type: "organization",
    id: "kh-moi",
    names: ["Cambodian Ministry of Information", "ministère cambodgien de l'Information"],
    country: "KH",
  },
];

function commitments(text: string, published = "2019-03"): CommitmentSuggestion[] {
  const found = extract(text, { published, gazetteer }).commitments;
  for (const c of found) {
    expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(text.slice(c.trigger.start, c.trigger.end)).toBe(c.trigger.text);
    if (c.title) expect(text.slice(c.title.start, c.title.end)).toBe(c.title.text);
  }
  return found;
}

const brief = (c: CommitmentSuggestion | undefined) =>
  c && {
    kind: c.commitmentKind,
    trigger: c.trigger.text,
    from: c.direction?.from?.country,
    to: c.direction?.to?.country,
  };

describe("commitment sentences in English", () => {
  it("reads each kind from its verb, and the article's two sides as the parties of 'the two sides'", () => {
    const text = [
      "Vietnam pledged to build two schools in Cambodia.",
      "Hun Sen asked Vietnam to train more engineers.",
      "Hun Sen proposed that Vietnam open a consulate.",
      "The two sides agreed to meet again in Laos.",
      "Nguyen Manh Hung and Khieu Kanharith signed a cooperation plan.",
      "Nguyen Manh Hung toured the museum.",
    ].join(" ");
    expect(commitments(text).map(brief)).toEqual([
      { kind: "pledge", trigger: "pledged", from: "VN", to: "KH" },
      { kind: "request", trigger: "asked", from: "KH", to: "VN" },
      { kind: "proposal", trigger: "proposed", from: "KH", to: "VN" },
      { kind: "agreement", trigger: "agreed", from: "VN", to: "KH" },
      { kind: "signing", trigger: "signed", from: "VN", to: "KH" },
    ]);
  });

  it("records a request from the side that asks to the side asked, as the dataset does", () => {
    const [c] = commitments(
      "Cambodian Prime Minister Hun Sen on March 14 called on Vietnam to help Cambodia complete a monitoring centre in 2019, saying it is essential.",
    );
    expect(c).toMatchObject({
      commitmentKind: "request",
      direction: { from: { country: "KH", entityType: "person", entityId: "hun-sen" }, to: { country: "VN" } },
    });
    expect(c?.title?.text).toBe("help Cambodia complete a monitoring centre in 2019");
    expect(c?.dates.map((d) => d.text)).toEqual(["March 14", "2019"]);
  });

  it("carries the speaker over to a pronoun and falls back to the article's other side", () => {
    const text =
      "Hung met Hun Sen in Cambodia. He voiced his hope that the PM will maintain support for investors. He also pledged to coordinate with the ministry.";
    expect(commitments(text).map(brief)).toEqual([
      { kind: "request", trigger: "voiced his hope that", from: "VN", to: "KH" },
      { kind: "pledge", trigger: "pledged", from: "VN", to: "KH" },
    ]);
  });

  it("reads a gift's giver after 'by' and the object before the verb", () => {
    const [c] = commitments(
      "Hung said the 5 million USD centre is a gift presented to Cambodia by Vietnamese Prime Minister Nguyen Xuan Phuc.",
    );
    expect(c).toMatchObject({
      commitmentKind: "pledge",
      direction: { from: { country: "VN", entityId: "phuc" }, to: { country: "KH" } },
    });
    expect(c?.title?.text).toBe("the 5 million USD centre");
    expect(c?.money).toMatchObject([{ value: "5000000", currency: "USD" }]);
  });

  it("reads 'wanted X to' as a proposal and skips the addressee in the title", () => {
    const [c] = commitments("Hung wanted the Cambodian Ministry of Information to join the project as a partner.");
    expect(c).toMatchObject({
      commitmentKind: "proposal",
      direction: { from: { country: "VN" }, to: { entityId: "kh-moi" } },
    });
    expect(c?.title?.text).toBe("join the project as a partner");
  });

  it("attaches the quantities of the sentence", () => {
    const [c] = commitments(
      "Vietnam suggested Cambodia increase the programme from 15 minutes to 30 minutes a day in six provinces.",
    );
    expect(c?.title?.text.startsWith("increase the programme")).toBe(true);
    expect(c?.quantities.map((q) => q.text)).toEqual(["from 15 minutes to 30 minutes a day", "six provinces"]);
  });

  it("does not read an earlier signing as a signing", () => {
    expect(commitments("His visit aims to realise agreements signed between the two countries.")).toEqual([]);
  });
});

describe("commitment sentences in French", () => {
  it("reads each kind from its verb, adverbs included", () => {
    const text = [
      "Le Vietnam s'est engagé à former des ingénieurs cambodgiens.",
      "Hun Sen a appelé le Vietnam à aider le Cambodge.",
      "Le ministre a également proposé au Cambodge de favoriser les entreprises.",
      "Il a suggéré une nouvelle ligne.",
      "Les deux parties ont convenu de renforcer la coopération entre le Vietnam et le Cambodge.",
      "Ils se sont mis d'accord sur un calendrier.",
      "Nguyen Manh Hung et Khieu Kanharith ont signé un plan de coopération.",
      "Il a exprimé l'espoir que le Cambodge poursuivra son soutien.",
      "Hun Sen a souhaité une aide.",
      "Le Vietnam a promis une aide.",
    ].join(" ");
    expect(commitments(text).map((c) => [c.commitmentKind, c.trigger.text])).toEqual([
      ["pledge", "s'est engagé"],
      ["request", "a appelé"],
      ["proposal", "a également proposé"],
      ["proposal", "a suggéré"],
      ["agreement", "ont convenu"],
      ["agreement", "se sont mis d'accord"],
      ["signing", "ont signé"],
      ["request", "a exprimé l'espoir que"],
      ["request", "a souhaité"],
      ["pledge", "a promis"],
    ]);
  });

  it("guesses the sides and the title", () => {
    const [c] = commitments(
      "Le Premier ministre cambodgien Hun Sen a appelé le Vietnam à aider le Cambodge à mettre en place un centre national, affirmant qu’il est essentiel.",
    );
    expect(brief(c)).toEqual({ kind: "request", trigger: "a appelé", from: "KH", to: "VN" });
    expect(c?.title?.text).toBe("aider le Cambodge à mettre en place un centre national");
  });

  it("reads a gift offered 'par' someone", () => {
    const [c] = commitments(
      "Le ministre a déclaré que le centre était un cadeau offert au Cambodge par le Premier ministre vietnamien Nguyen Xuan Phuc.",
    );
    expect(c).toMatchObject({
      commitmentKind: "pledge",
      direction: { from: { entityId: "phuc" }, to: { country: "KH" } },
      title: { text: "le centre" },
    });
  });
});
