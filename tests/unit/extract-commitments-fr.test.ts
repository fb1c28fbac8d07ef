import { describe, expect, it } from "vitest";
import { extract, isDateRange } from "../../lib/extract";
import type { CommitmentSuggestion, GazetteerEntry } from "../../lib/extract";

// Sentences written for these tests: a West African pair and a European body.
const gazetteer: GazetteerEntry[] = [
  { type: "country", id: "GH", names: ["Ghana"] },
  { type: "country", id: "BJ", names: ["Bénin", "Benin"] },
  { type: "country", id: "NO", names: ["Norvège", "Norway"] },
  { type: "country", id: "EU", names: ["Union européenne", "UE"] },
];

function commitments(text: string, language: "fr" | "en" = "fr"): CommitmentSuggestion[] {
  const found = extract(text, { published: "2025-06-10", gazetteer, language }).commitments;
  for (const c of found) expect(text.slice(c.trigger.start, c.trigger.end)).toBe(c.trigger.text);
  return found;
}

const brief = (c: CommitmentSuggestion | undefined) =>
  c && {
    kind: c.commitmentKind,
    from: c.direction?.from?.country,
    to: c.direction?.to?.country,
    mutual: c.mutual ?? false,
  };

const first = (text: string, language: "fr" | "en" = "fr") => brief(commitments(text, language)[0]);

describe("French giving verbs in the future", () => {
  it.each([
    "La Norvège mobilisera 40 millions de couronnes pour les écoles du Bénin.",
    "La Norvège financera la réfection de trois dispensaires au Bénin.",
    "Les autorités norvégiennes de la Norvège octroieront 120 bourses au Bénin chaque année.",
    "La Norvège fournira par ailleurs des groupes électrogènes au Bénin.",
    "La Norvège va également débloquer une aide d'urgence pour le Bénin.",
    "La Norvège vont investir dans le port de Cotonou au Bénin.",
    "La Norvège construira 12 forages au Bénin d'ici à 2027.",
  ])("reads a pledge from the subject: %s", (text) => {
    expect(first(text)).toMatchObject({ kind: "pledge", from: "NO", to: "BJ" });
  });

  it("leaves a figureless future of a verb also said of importance or trust", () => {
    expect(commitments("La Norvège accordera une grande importance à ses liens avec le Bénin.")).toHaveLength(0);
    expect(commitments("La Norvège construira la confiance avec le Bénin.")).toHaveLength(0);
  });
});

describe("French announced aid, plans and wishes", () => {
  it.each([
    "L'UE a annoncé mardi un don de 9 millions d'euros au Bénin.",
    "La Norvège a annoncé une nouvelle enveloppe de 30 millions de couronnes pour le Bénin.",
    "La Norvège avait annoncé le mois dernier une subvention de 2 millions d'euros au Bénin.",
  ])("an announced contribution is a pledge: %s", (text) => {
    expect(first(text)).toMatchObject({ kind: "pledge", from: text.startsWith("L'UE") ? "EU" : "NO", to: "BJ" });
  });

  it.each([
    "La Norvège envisage d'ouvrir un consulat au Bénin.",
    "La Norvège envisage pour sa part de rouvrir son ambassade au Bénin.",
    "La Norvège prévoit de doubler son aide au Bénin.",
    "Les ministères de la Norvège prévoient, par ailleurs, d'appuyer le Bénin.",
    "La Norvège entend renforcer sa présence au Bénin.",
    "La Norvège souhaite porter à 400 le nombre d'étudiants béninois accueillis au Bénin.",
    "La Norvège a l'intention de soutenir le Bénin.",
  ])("a plan or a wish to act is the subject's intent: %s", (text) => {
    expect(first(text)).toMatchObject({ kind: "intent", from: "NO" });
  });

  it("keeps a wish that the other side acts a request, and nouns out of plans", () => {
    expect(first("La Norvège souhaite que le Bénin accélère les réformes.")).toMatchObject({ kind: "request" });
    expect(commitments("Parmi les projets d'écoles figure celui de Parakou au Bénin.")).toHaveLength(0);
    expect(commitments("La Norvège souhaite notre réussite au Bénin.")).toHaveLength(0);
  });

  it("reads 'sont convenues de' and 'se sont convenus' as agreements of both sides", () => {
    expect(first("La Norvège et le Bénin sont convenues de relancer leur commission mixte.")).toMatchObject({
      kind: "agreement",
      mutual: true,
    });
    expect(first("Les deux parties sont convenus d'un calendrier, a indiqué la Norvège au Bénin.")).toMatchObject({
      kind: "agreement",
    });
  });
});

describe("past tallies are not pledges", () => {
  it("skips cumulative totals over a period", () => {
    expect(
      commitments("La Norvège a financé 300 millions d'euros de routes au Bénin au cours de la dernière décennie."),
    ).toHaveLength(0);
    expect(commitments("La Norvège a accordé 40 millions d'euros au Bénin depuis 2012.")).toHaveLength(0);
    expect(commitments("Norway had provided more than USD 2 billion to Benin since 2009.", "en")).toHaveLength(0);
  });
});

describe("a speaker tied to no side asks the one named right after the verb", () => {
  const opening = "La Norvège a signé mardi un accord avec le Bénin. ";

  it.each([
    "Le ministre a demandé à la Norvège de former des pilotes.",
    "La ministre a demandé à la partie norvégienne de former des pilotes.",
    "M. Kossi a prié la Norvège de rouvrir son consulat.",
    "Mme Adjovi a proposé à la Norvège de créer un fonds commun.",
  ])("%s", (sentence) => {
    const found = commitments(opening + sentence);
    expect(brief(found[found.length - 1])).toMatchObject({ from: "BJ", to: "NO" });
  });

  it("reads the same in English, and leaves the next unnamed speaker to the earlier one", () => {
    const found = commitments(
      "Norway signed an accord with Benin on Monday. Olsen pledged 3 million dollars to Benin. " +
        "Kossi asked Norway to train pilots. He also proposed that both sides meet in May.",
      "en",
    );
    expect(brief(found[2])).toMatchObject({ kind: "request", from: "BJ", to: "NO" });
    expect(found[2]?.direction).not.toHaveProperty("inferred");
  });

  it("keeps a named subject and a wish that the other side acts", () => {
    expect(first("Le Bénin a demandé à la Norvège de former des pilotes.")).toMatchObject({ from: "BJ", to: "NO" });
    expect(
      first("La Norvège a signé un accord avec le Bénin. Le ministre souhaite que la Norvège accélère."),
    ).toBeDefined();
  });
});

describe("a date told of a past act is not the deadline", () => {
  const target = (text: string, language: "fr" | "en" = "fr") => {
    const value = commitments(text, language)[0]?.target?.value;
    return value && !isDateRange(value) ? value.date.slice(0, 4) : undefined;
  };

  it.each([
    ["Le Bénin a demandé à la Norvège de verser les 5 millions d'euros promis en 2022.", "fr"],
    ["Le Bénin a demandé à la Norvège de relancer le programme suspendu en 2020.", "fr"],
    ["Le Bénin a demandé à la Norvège de verser le don annoncé lors du sommet de Lomé en mai 2021.", "fr"],
    ["Benin asked Norway to restore the grant frozen in 2019.", "en"],
    ["Benin asked Norway to complete the clinic pledged in 2021.", "en"],
  ] as const)("%s", (text, language) => {
    expect(target(text, language)).toBeUndefined();
  });

  it("keeps deadlines of what is still to come", () => {
    expect(target("Benin asked Norway to build a port that will be completed in 2031.", "en")).toBe("2031");
    expect(target("Le Bénin a demandé à la Norvège de livrer le riz décortiqué en 2029.")).toBe("2029");
    expect(target("Benin signed an accord with Norway to finish the road by 2030.", "en")).toBe("2030");
  });
});
