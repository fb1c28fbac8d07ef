import { describe, expect, it } from "vitest";
import { documentCreateSchema, documentJsonSchema, signatoryRole } from "@/lib/documents/schema";
import { documentsSignedText, fewerSignedThanRecorded } from "@/lib/events/rules";
import { eventCreateSchema } from "@/lib/events/schema";

// The shapes of issue 14 for documents and events, as the forms and the server parse them:
// participants of a signing beyond signatories, parties that are an organization alone, the
// count of documents an event reports, and titles in English or French.

const citations = [{ sourceId: "some-source", quote: "a quote long enough" }];
const documentBase = { titleEn: "Agreement on radio frequencies", kind: "agreement", citations };
const eventBase = { titleEn: "State visit", kind: "visit", start: "2019-03", citations };

const fieldsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((i) => i.path.join(".")) ?? [];

describe("document participants", () => {
  it("takes a witness and a presiding official beside the signatories, a signatory by default", () => {
    const parsed = documentCreateSchema.parse({
      ...documentBase,
      signatories: [
        { personId: "minister-a" },
        { role: "witness", personId: "prime-minister-b" },
        { role: "presiding", personId: "president-c" },
      ],
    });
    expect(parsed.signatories.map((s) => s.role)).toEqual(["signatory", "witness", "presiding"]);
  });

  it("takes the representative of an organization with no person named, but not a row naming no one", () => {
    expect(
      documentCreateSchema.safeParse({ ...documentBase, signatories: [{ organizationId: "some-bank" }] }).success,
    ).toBe(true);
    const empty = documentCreateSchema.safeParse({ ...documentBase, signatories: [{ role: "witness" }] });
    expect(fieldsOf(empty)).toEqual(["signatories.0.personId"]);
  });

  it("refuses a position without the person who held it, and a role it does not know", () => {
    const position = documentCreateSchema.safeParse({
      ...documentBase,
      signatories: [{ organizationId: "some-bank", positionId: "some-position" }],
    });
    expect(fieldsOf(position)).toEqual(["signatories.0.positionId"]);
    const role = documentCreateSchema.safeParse({
      ...documentBase,
      signatories: [{ role: "guarantor", personId: "minister-a" }],
    });
    expect(fieldsOf(role)).toEqual(["signatories.0.role"]);
  });

  it("reads a stored role it does not know (a row older than roles) as a signatory", () => {
    expect(signatoryRole("witness")).toBe("witness");
    expect(signatoryRole("")).toBe("signatory");
  });
});

describe("document parties", () => {
  it("takes a country, a country through an organization, or an organization alone", () => {
    const parsed = documentCreateSchema.safeParse({
      ...documentBase,
      parties: [{ countryCode: "vn" }, { countryCode: "KH", organizationId: "kh-moi" }, { organizationId: "asean" }],
    });
    expect(parsed.success).toBe(true);
    expect(parsed.data?.parties[0]!.countryCode).toBe("VN");
  });

  it("refuses a party that names neither, on its country field", () => {
    expect(fieldsOf(documentCreateSchema.safeParse({ ...documentBase, parties: [{}] }))).toEqual([
      "parties.0.countryCode",
    ]);
  });

  it("answers a party with no country as null in the API shape", () => {
    const party = documentJsonSchema.shape.parties.element;
    expect(party.safeParse({ country: null, organization: { id: "asean", name: "ASEAN" } }).success).toBe(true);
  });
});

describe("titles of documents and events", () => {
  it("accepts a French title alone, and the old `title` field as the English one", () => {
    const { titleEn: _en, ...noEnglish } = documentBase;
    expect(documentCreateSchema.safeParse({ ...noEnglish, titleFr: "Accord sur les fréquences" }).success).toBe(true);
    expect(documentCreateSchema.parse({ ...noEnglish, title: "Old client title" }).title).toBe("Old client title");
    const { titleEn: _e, ...untitled } = eventBase;
    expect(eventCreateSchema.safeParse({ ...untitled, titleFr: "Visite d'État" }).success).toBe(true);
  });

  it("refuses a record with no title in either language, on the English field", () => {
    const { titleEn: _en, ...untitled } = eventBase;
    expect(fieldsOf(eventCreateSchema.safeParse(untitled))).toEqual(["titleEn"]);
    const { titleEn: _d, ...untitledDocument } = documentBase;
    expect(fieldsOf(documentCreateSchema.safeParse({ ...untitledDocument, titleFr: " " }))).toEqual(["titleEn"]);
  });
});

describe("documents signed at an event", () => {
  it("takes the number as typed in the form or sent as JSON, a whole number from zero", () => {
    expect(eventCreateSchema.parse({ ...eventBase, documentsSigned: "11" }).documentsSigned).toBe(11);
    expect(eventCreateSchema.parse({ ...eventBase, documentsSigned: 0 }).documentsSigned).toBe(0);
    expect(eventCreateSchema.parse(eventBase).documentsSigned).toBeUndefined();
    for (const wrong of ["-1", "2.5", "eleven", 100001]) {
      expect(fieldsOf(eventCreateSchema.safeParse({ ...eventBase, documentsSigned: wrong })), String(wrong)).toEqual([
        "documentsSigned",
      ]);
    }
  });

  it("says how many were signed and recorded, and flags fewer signed than recorded", () => {
    expect(documentsSignedText(11, 5)).toBe("11 signed, 5 recorded");
    expect(documentsSignedText(null, 2)).toBe("2 recorded");
    expect(documentsSignedText(undefined, 0)).toBeNull();
    expect(documentsSignedText(3, 5)).toBe("3 signed, 5 recorded: more recorded than the sources report");
    expect(fewerSignedThanRecorded(5, 5)).toBe(false);
    expect(fewerSignedThanRecorded(4, 5)).toBe(true);
    expect(fewerSignedThanRecorded(null, 5)).toBe(false);
  });
});
