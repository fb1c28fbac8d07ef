import { describe, expect, it } from "vitest";
import { compareSources, reportNames, type ComparedSource, type FlagInput } from "../../lib/sources/compare";
import {
  citedRecordOf,
  groupByType,
  numberRecords,
  numberRecordsAcross,
  type CitationTargets,
} from "../../lib/sources/records";

const none: CitationTargets = { commitment: null, event: null, document: null, statusChange: null, flag: null };
const commitment = (id: string, title: string) => citedRecordOf({ ...none, commitment: { id, title } })!;
const event = (id: string, title: string) => citedRecordOf({ ...none, event: { id, title } })!;
const document = (id: string, title: string) => citedRecordOf({ ...none, document: { id, title } })!;
const statusChange = (id: string, commitmentId: string, title: string) =>
  citedRecordOf({
    ...none,
    statusChange: {
      id,
      toStatus: "announced",
      effectiveDate: "2019-03-14",
      effectivePrecision: "day",
      commitment: { id: commitmentId, title },
    },
  })!;
const flagRecord = (id: string, commitmentId: string, title: string) =>
  citedRecordOf({
    ...none,
    flag: {
      id,
      kind: "sources_differ",
      field: "amount",
      message: "Amounts differ.",
      commitment: { id: commitmentId, title },
      event: null,
      organization: null,
    },
  })!;

const visit = event("visit", "Visit of Minister Hung");
const talks = event("talks", "Talks between Hung and Khieu Kanharith");
const plan = document("plan", "2019 Cooperation Plan");
const cyber = commitment("cyber", "Cyber monitoring centre");

const english: ComparedSource = {
  id: "en",
  title: "Cambodian PM calls on Vietnam",
  language: "en",
  records: [
    cyber,
    visit,
    talks,
    plan,
    statusChange("sc-oda", "oda", "ODA for national TV"),
    flagRecord("flag-amount", "cyber", "Cyber monitoring centre"),
    cyber,
  ],
};
const french: ComparedSource = {
  id: "fr",
  title: "Le Cambodge veut recevoir l’aide du Vietnam",
  language: "fr",
  records: [visit, cyber, plan, flagRecord("flag-amount", "cyber", "Cyber monitoring centre")],
};

const amountFlag: FlagInput = {
  id: "flag-amount",
  kind: "sources_differ",
  field: "amount",
  message: "The English report gives USD 5 million; the French none.",
  subject: { type: "commitment", id: "cyber", title: "Cyber monitoring centre" },
  citedBy: ["en", "fr"],
};
const brandFlag: FlagInput = {
  id: "flag-brand",
  kind: "sources_differ",
  field: "organization",
  message: "Viettel in English, Metfone in French.",
  subject: { type: "commitment", id: "cyber", title: "Cyber monitoring centre" },
  citedBy: [],
};

describe("citedRecordOf", () => {
  it("links a commitment, an event and a document to their own pages, naming their kind", () => {
    expect(cyber).toMatchObject({
      key: "commitment:cyber",
      href: "/commitments/cyber",
      label: "Commitment: Cyber monitoring centre",
    });
    expect(talks).toMatchObject({ href: "/events/talks", label: "Event: Talks between Hung and Khieu Kanharith" });
    expect(plan).toMatchObject({ href: "/documents/plan", label: "Document: 2019 Cooperation Plan" });
  });

  it("links a status change to its commitment's page and says what changed and when", () => {
    const sc = statusChange("sc-oda", "oda", "ODA for national TV");
    expect(sc.href).toBe("/commitments/oda");
    expect(sc.label).toBe("Status change to Announced, 14 March 2019, of Commitment: ODA for national TV");
  });

  it("links a flag to the record it concerns: commitment first, then event, then organization", () => {
    expect(flagRecord("f", "cyber", "Cyber").href).toBe("/commitments/cyber");
    expect(flagRecord("f", "cyber", "Cyber").label).toBe("Flag (sources differ, amount) on Commitment: Cyber");
    const onOrganization = citedRecordOf({
      ...none,
      flag: {
        id: "f",
        kind: "sources_differ",
        field: "name",
        message: "m",
        commitment: null,
        event: null,
        organization: { id: "viettel", name: "Viettel" },
      },
    });
    expect(onOrganization?.href).toBe("/organizations/viettel");
    const onEvent = citedRecordOf({
      ...none,
      flag: {
        id: "f",
        kind: "inconsistent",
        field: "date",
        message: "m",
        commitment: null,
        event: { id: "trong", title: "Trong's visit" },
        organization: null,
      },
    });
    expect(onEvent?.href).toBe("/events/trong");
  });

  it("returns null for a citation that backs nothing", () => {
    expect(citedRecordOf(none)).toBeNull();
  });

  it("escapes ids in links", () => {
    expect(commitment("a/b c", "x").href).toBe("/commitments/a%2Fb%20c");
  });
});

describe("groupByType", () => {
  it("groups events, documents, commitments, status changes, flags in that order, leaving out empty groups", () => {
    const groups = groupByType(english.records);
    expect(groups.map((g) => g.type)).toEqual(["event", "document", "commitment", "statusChange", "flag"]);
    expect(groupByType([plan]).map((g) => g.type)).toEqual(["document"]);
  });
});

describe("reportNames", () => {
  it("names reports by language", () => {
    expect(reportNames([english, french])).toEqual({ en: "the English report", fr: "the French report" });
  });

  it("adds the title when two reports share a language", () => {
    const other = { id: "en2", title: "Second story", language: "en" };
    expect(reportNames([english, other])).toEqual({
      en: "the English report “Cambodian PM calls on Vietnam”",
      en2: "the English report “Second story”",
    });
  });

  it("falls back to the tag for a language it cannot name", () => {
    expect(reportNames([{ id: "x", title: "t", language: "not a tag" }]).x).toBe("the not a tag report");
  });
});

describe("compareSources", () => {
  const result = compareSources([english, french], [amountFlag, brandFlag]);

  it("lists the facts only one report gives, with where they are and are not", () => {
    expect(result.onlyInSome.map((p) => [p.fact.label, p.presentIn, p.missingFrom])).toEqual([
      ["Event: Talks between Hung and Khieu Kanharith", ["en"], ["fr"]],
      ["Commitment: ODA for national TV", ["en"], ["fr"]],
    ]);
    expect(result.onlyInSome[0]!.fact.href).toBe("/events/talks");
  });

  it("counts a commitment whose status change alone is cited as reported", () => {
    expect(result.onlyInSome.some((p) => p.fact.key === "commitment:oda")).toBe(true);
  });

  it("lists the facts both give once each, events, documents, then commitments", () => {
    expect(result.inAll.map((f) => f.key)).toEqual(["event:visit", "document:plan", "commitment:cyber"]);
  });

  it("does not treat a flag as a fact of the report", () => {
    expect([...result.inAll, ...result.onlyInSome.map((p) => p.fact)].some((f) => f.key.startsWith("flag:"))).toBe(
      false,
    );
  });

  it("lists the sources_differ flags on the records concerned, with a link to each", () => {
    expect(result.flags.map((f) => [f.id, f.href, f.citedBy])).toEqual([
      ["flag-amount", "/commitments/cyber", ["en", "fr"]],
      ["flag-brand", "/commitments/cyber", []],
    ]);
    expect(result.flags[0]!.label).toBe("Commitment: Cyber monitoring centre");
  });

  it("leaves out other kinds of flag, flags on records neither report backs, and duplicates", () => {
    const inconsistent: FlagInput = { ...amountFlag, id: "flag-date", kind: "inconsistent" };
    const elsewhere: FlagInput = {
      ...brandFlag,
      id: "flag-other",
      subject: { type: "commitment", id: "not-reported", title: "x" },
    };
    const flags = compareSources([english, french], [amountFlag, amountFlag, inconsistent, elsewhere]).flags;
    expect(flags.map((f) => f.id)).toEqual(["flag-amount"]);
  });

  it("keeps a flag these reports are cited for even when its record is reported by neither", () => {
    const cited: FlagInput = { ...brandFlag, id: "flag-cited", subject: null, citedBy: ["fr", "elsewhere"] };
    const [flag] = compareSources([english, french], [cited]).flags;
    expect(flag).toMatchObject({ id: "flag-cited", href: null, citedBy: ["fr"] });
  });

  it("finds no differences between a report and itself", () => {
    const same = compareSources([english, { ...english, id: "copy" }], []);
    expect(same.onlyInSome).toEqual([]);
    expect(same.inAll).toHaveLength(5);
  });

  it("says which reports give a fact when three are compared", () => {
    const third: ComparedSource = { id: "vi", title: "Bản tin", language: "vi", records: [visit, talks] };
    const talksPresence = compareSources([english, french, third], []).onlyInSome.find(
      (p) => p.fact.key === "event:talks",
    );
    expect(talksPresence).toMatchObject({ presentIn: ["en", "vi"], missingFrom: ["fr"] });
  });
});

describe("numberRecords", () => {
  it("numbers records by their first citation in the text, once each", () => {
    const citations = [
      { start: 50, end: 60, record: plan },
      { start: 0, end: 10, record: cyber },
      { start: 30, end: 40, record: cyber },
      { start: 0, end: 5, record: visit },
    ];
    expect(numberRecords(citations).map(({ record, n }) => [n, record.key])).toEqual([
      [1, "event:visit"],
      [2, "commitment:cyber"],
      [3, "document:plan"],
    ]);
  });
});

describe("numberRecordsAcross", () => {
  it("gives a record the same number in every text, numbering the first text's records first", () => {
    const numbers = numberRecordsAcross([
      [
        { start: 0, end: 5, record: cyber },
        { start: 10, end: 20, record: talks },
      ],
      [
        { start: 0, end: 5, record: plan },
        { start: 8, end: 9, record: cyber },
      ],
    ]);
    expect([...numbers]).toEqual([
      ["commitment:cyber", 1],
      ["event:talks", 2],
      ["document:plan", 3],
    ]);
  });
});
