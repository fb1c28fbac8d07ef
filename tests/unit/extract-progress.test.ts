import { performance } from "node:perf_hooks";
import { describe, expect, it } from "vitest";
import { extract } from "../../lib/extract";
import { findProgress, type ProgressFinding } from "../../lib/extract/progress";
import { ordinaryArticle, repeated } from "../helpers/adversarial";

// Sentences written for these tests, in the shapes follow-up reports take in English and French.

function progress(text: string, published: string | null = "2021-06-09"): ProgressFinding[] {
  const found = findProgress(text, extract(text, { published }), published);
  for (const p of found) {
    expect(text.slice(p.start, p.end)).toBe(p.text);
    expect(text.slice(p.trigger.start, p.trigger.end)).toBe(p.trigger.text);
  }
  return found;
}

const one = (text: string, published?: string | null) => {
  const found = progress(text, published);
  expect(found, text).toHaveLength(1);
  return found[0]!;
};

describe("the status a progress sentence points to", () => {
  it.each([
    ["The new water plant was handed over to the provincial authorities on 3 June 2021.", "fulfilled"],
    ["The friendship bridge was inaugurated last month by both prime ministers.", "fulfilled"],
    ["Work on the road was completed ahead of schedule.", "fulfilled"],
    ["The 300 tonnes of rice were delivered to the port of Dakar.", "fulfilled"],
    ["The radar station was put into operation in May 2021.", "fulfilled"],
    ["The hospital is under construction in the capital.", "in_progress"],
    ["A groundbreaking ceremony for the new library took place in the city centre.", "in_progress"],
    ["Construction began on the second terminal in April 2021.", "in_progress"],
    ["The two governments signed the loan agreement for the railway in Hanoi.", "in_progress"],
    ["Only USD 2 million of the pledge has been disbursed so far.", "partially_fulfilled"],
    ["The first tranche of the grant was delivered to the ministry.", "partially_fulfilled"],
    ["The dam project has been delayed by the floods.", "stalled"],
    ["Funding for the stadium remains in doubt.", "stalled"],
    ["Progress on the airport slowed, though it is still expected to complete this year.", "in_progress"],
    ["The railway deal was cancelled after the election.", "cancelled"],
    ["The port project was scrapped in 2020.", "cancelled"],
    // French
    ["Le centre de formation a été remis au ministère de l'Éducation le 2 juin.", "fulfilled"],
    ["L'hôpital de l'amitié a été inauguré lundi en présence des deux ministres.", "fulfilled"],
    ["Les travaux du pont sont achevés depuis mai 2021.", "fulfilled"],
    ["La centrale solaire a été mise en service en avril 2021.", "fulfilled"],
    ["L'école est en construction dans la province de Sekong.", "in_progress"],
    ["La pose de la première pierre du marché a eu lieu le 5 juin.", "in_progress"],
    ["Les deux pays ont signé l'accord de prêt pour la route nationale.", "in_progress"],
    ["Une première tranche de l'aide a été décaissée en mars.", "partially_fulfilled"],
    ["Le projet de barrage est retardé par les pluies.", "stalled"],
    ["La construction de l'aéroport a été suspendue en 2020.", "stalled"],
    ["Le contrat de la centrale a été annulé l'an dernier.", "cancelled"],
  ])("%s → %s", (text, status) => {
    expect(one(text).status).toBe(status);
  });
});

describe("sentences that report no progress", () => {
  it.each([
    "The centre has not yet been handed over to Cambodia.",
    "The school will be inaugurated in September.",
    "The bridge is expected to be handed over next year.",
    "The minister delivered a speech at the reception.",
    "Vietnam pledged to build a school for Laos.",
    "Both sides signed a memorandum on culture.",
    "Le centre n'a pas encore été remis au Cambodge.",
    "L'école sera inaugurée en septembre.",
    "Le financement a été remis en question par le parlement.",
  ])("%s", (text) => {
    const found = progress(text);
    // "remis en question" doubts the funding: a stalled report, never a handover.
    expect(found.filter((f) => f.status !== "stalled")).toEqual([]);
  });
});

describe("the date of the report", () => {
  it("takes the sentence's own date", () => {
    const p = one("The clinic was handed over to the district on 3 June 2021.");
    expect(p.date).toEqual({ date: "2021-06-03", precision: "day" });
    expect(p.dateFrom).toBe("sentence");
  });

  it("resolves yesterday and weekdays from the publication date (a Wednesday)", () => {
    expect(one("The clinic was handed over yesterday.").date).toEqual({ date: "2021-06-08", precision: "day" });
    expect(one("The clinic was inaugurated on Monday.").date).toEqual({ date: "2021-06-07", precision: "day" });
    const fr = one("La clinique a été remise hier au district.");
    expect(fr.date).toEqual({ date: "2021-06-08", precision: "day" });
    // The dates extraction reads "hier" itself now: the date is the sentence's own.
    expect(fr.dateFrom).toBe("sentence");
  });

  it("falls back on the publication date, and never takes a target after it", () => {
    const p = one("The plant was completed, and a second one is planned for 2025.");
    expect(p.date).toEqual({ date: "2021-06-09", precision: "day" });
    expect(p.dateFrom).toBe("published");
    expect(one("The plant was completed.", null).date).toBeNull();
  });
});

describe("cost", () => {
  it("grows linearly with the text", () => {
    const time = (text: string) => {
      const x = extract(text, { published: "2021-06-09" });
      const started = performance.now();
      for (let i = 0; i < 3; i++) findProgress(text, x, "2021-06-09");
      return performance.now() - started;
    };
    const ordinary = time(ordinaryArticle(64_000));
    for (const unit of ["handed over ", "not ", "n'a pas ", "hand-", "remis en ", "in doubt "]) {
      const text = repeated("The school was ", unit, " completed.", 64_000);
      expect(time(text) / Math.max(ordinary, 1)).toBeLessThan(30);
    }
  });
});
