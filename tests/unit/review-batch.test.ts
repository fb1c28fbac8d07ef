import { describe, expect, it } from "vitest";
import type { ExtractionJson } from "@/lib/extract/schema";
import { batchInput, defaultStatus, reviewValues } from "@/lib/ingest/review";
import { reviewBatchSchema } from "@/lib/ingest/schema";

// A short article written for this test, with the suggestions the assistant's contract would carry.
const TEXT =
  "Minister A visited Vientiane on 12 March 2024. The two sides signed a memorandum on border trade. " +
  "Thailand pledged 3 million USD to Laos for rural schools. Thailand pledged 3 million USD to Laos for rural schools.";
const at = (sentence: string, from = 0) => {
  const start = TEXT.indexOf(sentence, from);
  return { start, end: start + sentence.length, text: sentence };
};
const VISIT = at("Minister A visited Vientiane on 12 March 2024.");
const SIGNING = at("The two sides signed a memorandum on border trade.");
const PLEDGE = "Thailand pledged 3 million USD to Laos for rural schools.";
const SECOND_PLEDGE = at(PLEDGE, TEXT.indexOf(PLEDGE) + 1);

const none = { amount: null, quantity: null, target: null };
const extraction: ExtractionJson = {
  language: "en",
  stoppedAt: null,
  dates: [],
  amounts: [],
  quantities: [],
  entities: [],
  events: [
    {
      ...VISIT,
      title: "Visit of Minister A to Vientiane",
      kind: "visit",
      startDate: "2024-03-12",
      endDate: null,
      precision: "day",
      place: "Vientiane",
      host: "LA",
      visitor: "TH",
      participants: [],
    },
  ],
  documents: [],
  commitments: [
    {
      ...SIGNING,
      title: "Memorandum on border trade",
      kind: "agreement",
      from: ["TH", "LA"],
      to: ["TH", "LA"],
      mutual: true,
      ...none,
      event: 0,
    },
    {
      ...SECOND_PLEDGE,
      title: "Rural schools in Laos",
      kind: "pledge",
      from: ["TH"],
      to: ["LA"],
      mutual: false,
      ...none,
      amount: { value: "3000000", currency: "USD", qualifier: "exact" },
      event: null,
    },
  ],
  statusChanges: [],
};
const context = { sourceId: "src1", text: TEXT, language: "en", published: "2024-03-14" };

describe("the review page's defaults", () => {
  const values = reviewValues(extraction, "2024-03-14");

  it("records agreements as agreed and everything else as announced", () => {
    expect(defaultStatus("agreement")).toBe("agreed");
    expect(defaultStatus("pledge")).toBe("announced");
    expect(values.commitments.map((c) => c.status)).toEqual(["agreed", "announced"]);
  });

  it("dates a status from the event it was made at, and from the article only without one", () => {
    expect(values.commitments[0]!.statusEffective).toBe("2024-03-12");
    expect(values.commitments[1]!.statusEffective).toBe("2024-03-14");
  });

  it("gives a mutual commitment its two parties, and ticks nothing", () => {
    expect([values.commitments[0]!.from.countryCode, values.commitments[0]!.to.countryCode]).toEqual(["TH", "LA"]);
    expect([...values.events, ...values.commitments].every((r) => !r.keep)).toBe(true);
  });
});

describe("the batch an editor saves", () => {
  const values = reviewValues(extraction, "2024-03-14");

  it("carries each record's sentence at its occurrence, linked to the batch's event", () => {
    values.events[0]!.keep = true;
    values.commitments.forEach((c) => (c.keep = true));
    const batch = reviewBatchSchema.parse(batchInput(values, context));
    expect(batch.events[0]!.record.citations[0]).toEqual({ sourceId: "src1", quote: VISIT.text, occurrence: 1 });
    expect(batch.commitments.map((c) => c.event)).toEqual([0, null]);
    expect(batch.commitments[0]!.record.direction).toBe("mutual");
    // The pledge's sentence is in the text twice: its quote lands on the second, where it was found.
    expect(batch.commitments[1]!.record.citations[0]).toMatchObject({ quote: PLEDGE, occurrence: 2 });
    expect(batch.commitments[1]!.record.amount).toMatchObject({ currency: "USD", minor: 300000000n });
  });

  it("drops the link to an event that is not kept", () => {
    values.events[0]!.keep = false;
    const batch = reviewBatchSchema.parse(batchInput(values, context));
    expect(batch.events).toEqual([]);
    expect(batch.commitments[0]!.event).toBeNull();
  });

  it("names the row and field of each problem", () => {
    values.commitments[1]!.title = "";
    values.commitments[1]!.to = { countryCode: "", organizationId: "", label: "" };
    const result = reviewBatchSchema.safeParse(batchInput(values, context));
    const paths = result.error?.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(
      expect.arrayContaining(["commitments.1.record.titleEn", "commitments.1.record.sides.1.countryCode"]),
    );
    expect(paths?.some((p) => p.startsWith("commitments.0"))).toBe(false);
  });

  it("refuses an empty batch, an event outside it and a quote from another source", () => {
    expect(reviewBatchSchema.safeParse({ sourceId: "src1" }).error?.issues[0]?.message).toBe(
      "Tick at least one suggestion to save",
    );
    const row = batchInput({ ...values, commitments: [{ ...values.commitments[0]!, keep: true }] }, context)
      .commitments![0]!;
    const outside = reviewBatchSchema.safeParse({ sourceId: "src1", commitments: [{ ...row, event: 3 }] });
    expect(outside.error?.issues.map((i) => i.path.join("."))).toEqual(["commitments.0.event"]);
    const other = reviewBatchSchema.safeParse({ sourceId: "src2", commitments: [row] });
    expect(other.error?.issues.map((i) => i.path.join("."))).toEqual(["commitments.0.record.citations.0.sourceId"]);
  });
});
