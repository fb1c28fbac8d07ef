import { describe, expect, it } from "vitest";
import { extract, type GazetteerEntry } from "../../lib/extract";
import {
  matchFollowUps,
  MATCH_THRESHOLD,
  type CandidateCommitment,
  type SentenceContext,
} from "../../lib/extract/follow-up-match";
import { findProgress } from "../../lib/extract/progress";
import { checkTransition, isStatus } from "../../lib/status/rules";

// Commitments and articles written for these tests: a pair of countries with several open
// commitments, only one of which each report concerns.

const gazetteer: GazetteerEntry[] = [
  { type: "country", id: "VN", names: ["Vietnam", "Viêt Nam"], country: "VN" },
  { type: "country", id: "LA", names: ["Laos"], country: "LA" },
];

const commitment = (id: string, patch: Partial<CandidateCommitment>): CandidateCommitment => ({
  id,
  title: patch.titles?.[0] ?? id,
  titles: [id],
  status: "announced",
  version: 1,
  countries: ["VN", "LA"],
  sectorWords: [],
  amount: null,
  ...patch,
});

const CANDIDATES = [
  commitment("school", {
    titles: ["Boarding school for ethnic minority pupils in Sekong", "Internat pour élèves des minorités à Sekong"],
    sectorWords: ["Education", "Éducation"],
    amount: { value: "2000000", currency: "USD" },
  }),
  commitment("hospital", { titles: ["Friendship hospital in Vientiane"], sectorWords: ["Health", "Santé"] }),
  commitment("hospital-closed", { titles: ["Friendship hospital in Vientiane"], status: "fulfilled" }),
  commitment("rice", { titles: ["Rice aid of 1,000 tonnes"], sectorWords: ["Food security"] }),
  commitment("road", { titles: ["National Road 8 upgrade"], countries: ["VN", "KH"] }),
];

const editorMay = (from: string, to: string) =>
  isStatus(from) && isStatus(to) && checkTransition(from, to, { isAdmin: false }).ok;

function suggestions(text: string, published = "2021-06-09", candidates = CANDIDATES) {
  const x = extract(text, { published, gazetteer });
  const articleCountries = new Set(x.entities.map((e) => e.id));
  const findings = findProgress(text, x, published).map((finding) => {
    const index = x.sentences.findIndex((s) => s.start === finding.start);
    const context: SentenceContext = {
      countries: new Set(x.entities.filter((e) => e.start >= finding.start && e.end <= finding.end).map((e) => e.id)),
      articleCountries,
      money: x.money.filter((m) => m.start >= finding.start && m.end <= finding.end),
      previous: index > 0 ? x.sentences[index - 1]!.text : null,
    };
    return { finding, context };
  });
  return matchFollowUps(findings, candidates, editorMay);
}

describe("matching a progress sentence to a commitment", () => {
  it("names the commitment whose title the sentence repeats, with the status and date", () => {
    const [best, ...rest] = suggestions(
      "The boarding school for ethnic minority pupils that Vietnam built in Sekong was handed over to Laos on 7 June.",
    );
    expect(best).toMatchObject({ commitment: { id: "school" }, status: "fulfilled", date: { date: "2021-06-07" } });
    expect(best!.score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(rest.map((r) => r.commitment.id)).not.toContain("hospital");
  });

  it("reads a French report against the French title, accents folded", () => {
    const [best] = suggestions(
      "L'internat pour les élèves des minorités de Sekong, financé par le Viêt Nam, a été inauguré hier au Laos.",
    );
    expect(best).toMatchObject({ commitment: { id: "school" }, status: "fulfilled", date: { date: "2021-06-08" } });
  });

  it("lets the amount and the sector tip a short reference", () => {
    const text =
      "Vietnam funded a school in Sekong for USD 2 million. The school for minority pupils, worth USD 2 million, was handed over to Laos.";
    const [best] = suggestions(text);
    expect(best?.commitment.id).toBe("school");
    expect(best?.text).toContain("was handed over");
  });

  it("suggests nothing when only the countries agree", () => {
    expect(suggestions("A new stadium that Vietnam financed was handed over to Laos on 7 June.")).toEqual([]);
  });

  it("never suggests a move the commitment may not make (a closed one, the same status)", () => {
    const found = suggestions(
      "The friendship hospital in Vientiane, built with aid from Vietnam, was inaugurated in Laos.",
    );
    expect(found.map((f) => f.commitment.id)).toEqual(["hospital"]);
    const underWay = [commitment("hospital", { titles: ["Friendship hospital in Vientiane"], status: "in_progress" })];
    expect(
      suggestions(
        "The friendship hospital in Vientiane is under construction in Laos with Vietnam's aid.",
        undefined,
        underWay,
      ),
    ).toEqual([]);
  });

  it("lists the best match first, once per commitment", () => {
    const text =
      "The friendship hospital in Vientiane was inaugurated on 2 June. The hospital in Vientiane was handed over to Laos by Vietnam the same day.";
    const found = suggestions(text);
    expect(found.filter((f) => f.commitment.id === "hospital")).toHaveLength(1);
    expect(found.map((f) => f.score)).toEqual([...found.map((f) => f.score)].sort((a, b) => b - a));
  });
});
