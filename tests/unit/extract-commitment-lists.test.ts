import { describe, expect, it } from "vitest";
import { extract } from "../../lib/extract";
import type { CommitmentSuggestion, GazetteerEntry } from "../../lib/extract";

const gazetteer: GazetteerEntry[] = [
  { type: "country", id: "VN", names: ["Vietnam", "Viêt Nam"] },
  { type: "country", id: "KH", names: ["Cambodia", "Cambodge"] },
  { type: "country", id: "LA", names: ["Laos"] },
  { type: "country", id: "GH", names: ["Ghana"] },
  { type: "country", id: "IT", names: ["Italy", "Italie"] },
];

function commitments(text: string, language: "en" | "fr" = "en"): CommitmentSuggestion[] {
  const found = extract(text, { published: "2021-05-10", gazetteer, language }).commitments;
  for (const c of found) expect(text.slice(c.start, c.end)).toBe(c.text);
  return found;
}

const brief = (c: CommitmentSuggestion) => ({
  kind: c.commitmentKind,
  text: c.text,
  from: c.direction?.from?.country,
  to: c.direction?.to?.country,
  ...(c.mutual ? { mutual: true } : {}),
});

describe("lists of commitments", () => {
  it("reads each item of a verbless French list of projects as what both sides agreed", () => {
    const text = [
      "L'Italie et le Ghana ont signé dix accords lundi.",
      "Parmi les projets retenus figurent la construction d'un port de pêche à Tema, l'ouverture d'une école de génie civil, et le lancement d'un fonds pour les jeunes entrepreneurs.",
    ].join(" ");
    const found = commitments(text, "fr").filter((c) => c.commitmentKind === "agreement");
    expect(found.map((c) => c.text)).toEqual([
      "la construction d'un port de pêche à Tema",
      "l'ouverture d'une école de génie civil",
      "le lancement d'un fonds pour les jeunes entrepreneurs",
    ]);
    expect(found.every((c) => c.mutual)).toBe(true);
  });

  it("leaves a list of one-word sectors as one commitment, and a list of facts alone", () => {
    const text =
      "Ghana and Italy agreed to cooperate in trade, energy and tourism. The delegation included the mayor of Accra, the head of a bank and a poet.";
    expect(commitments(text)).toHaveLength(1);
  });

  it("reads each bulleted line under 'agreed on the following:' as one agreement", () => {
    const text = [
      "Both sides agreed on the following:",
      "- the opening of a direct flight between Accra and Rome",
      "- a joint study on solar power plants",
      "The ministers then toured the port.",
    ].join("\n");
    const found = commitments(text);
    expect(found.map((c) => c.text)).toEqual([
      "Both sides agreed on the following:",
      "the opening of a direct flight between Accra and Rome",
      "a joint study on solar power plants",
    ]);
    expect(found.every((c) => c.commitmentKind === "agreement" && c.mutual)).toBe(true);
  });
});

describe("two undertakings in one sentence", () => {
  it("splits two coordinated giving verbs when each carries its own figure", () => {
    const text =
      "Laos hopes Vietnam will fund 300 scholarships for Lao engineers and provide 20 million USD in loans next year.";
    expect(commitments(text).map(brief)).toEqual([
      {
        kind: "request",
        text: "Laos hopes Vietnam will fund 300 scholarships for Lao engineers",
        from: "LA",
        to: "VN",
      },
      { kind: "request", text: "provide 20 million USD in loans next year.", from: "LA", to: "VN" },
    ]);
  });

  it("keeps one commitment when the second verb adds no figure of its own", () => {
    const text = "Laos hopes Vietnam will fund 300 scholarships and provide training to Lao engineers.";
    expect(commitments(text)).toHaveLength(1);
  });

  it("gives a second trigger joined by 'et' its own half, an agreement of the same parties", () => {
    const text =
      "Les deux parties ont plaidé pour la réouverture rapide de la ligne ferroviaire, et se sont accordées pour doubler les échanges commerciaux d'ici 2025.";
    const found = commitments(text, "fr");
    expect(found.map((c) => c.commitmentKind)).toEqual(["agreement", "agreement"]);
    expect(found[1]!.text.startsWith("se sont accordées")).toBe(true);
    expect(found[1]!.target?.text).toBe("2025");
    expect(found[0]!.target).toBeUndefined();
  });
});

describe("visits, needs and owners", () => {
  it("reads a planned visit under discussion as the visitor's intent toward the host", () => {
    const text =
      "La préparation de la visite officielle du Premier ministre ghanéen en Italie le mois prochain faisait aussi l'objet des entretiens.";
    expect(commitments(text, "fr").map(brief)).toMatchObject([{ kind: "intent", to: "IT" }]);
    const en = commitments("The ministers discussed possible high-level visits to Ghana next year.");
    expect(en.map((c) => c.commitmentKind)).toEqual(["intent"]);
  });

  it("reads a stressed need as a proposal of the speaker", () => {
    const text = "Laos asked Vietnam to build a school. Laos and Vietnam need to speed up work on the new railway.";
    expect(commitments(text).map(brief)).toMatchObject([
      { kind: "request" },
      { kind: "proposal", from: "LA", to: "VN" },
    ]);
  });

  it("reads 'A's projects in B are expected to…' as A's pledge to B", () => {
    const text = "Several of Vietnam's aid projects in Laos, such as a hospital, are expected to complete in 2022.";
    expect(commitments(text).map(brief)).toMatchObject([{ kind: "pledge", from: "VN", to: "LA" }]);
  });

  it("reads the giver after 'from' when the gift's subject is not a side", () => {
    const text = "The new library was handed over to Laos on Monday as a gift from the people of Vietnam.";
    expect(commitments(text).map(brief)).toMatchObject([{ kind: "pledge", from: "VN", to: "LA" }]);
  });

  it("keeps an opening subject before an apposition that names a possessive", () => {
    const text = "Italy, Ghana's second partner after Vietnam, had pledged 30 million euros in loans for the country.";
    expect(commitments(text).map(brief)).toMatchObject([{ kind: "pledge", from: "IT" }]);
  });

  it("reads 'ce pays' as the party that is not the receiver named after 'au peuple'", () => {
    const text =
      "L'Italie et le Ghana ont procédé à un échange de lettres en vertu duquel ce pays européen offre au peuple du Ghana 2 millions d'euros.";
    expect(commitments(text, "fr").map(brief)).toMatchObject([{ kind: "pledge", from: "IT", to: "GH" }]);
  });

  it("gives two acts sharing one auxiliary the deadline stated at the end", () => {
    const text =
      "Laos hopes Vietnam will fund 300 scholarships for Lao engineers and provide 20 million USD in loans by 2023.";
    expect(commitments(text).map((c) => c.target?.text)).toEqual(["2023", "2023"]);
  });

  it("reads a date that carries its own preposition as the target", () => {
    const [c] = commitments("Laos asked Vietnam to finish the bridge before 2024.");
    expect(c?.target?.text).toContain("2024");
  });

  it("reads a signing's giver from the giving verb of its clause", () => {
    const text = "Italy and Ghana signed an accord under which Italy will provide 2 million euros to Ghana.";
    expect(commitments(text).map(brief)).toMatchObject([{ kind: "pledge", from: "IT", to: "GH" }]);
  });
});
