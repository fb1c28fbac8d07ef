import { describe, expect, it } from "vitest";
import type { Lookups } from "@/lib/import/lookups";
import { autoMapping, columnsOf, kindOfHeaders, mappingFor } from "@/lib/import/mapping";
import { parseCsv } from "@/lib/import/parse";
import { planEventImport } from "@/lib/import/preview-events";
import { FIELDS_OF } from "@/lib/import/schema";

// The events import's field table and dry run: pure, against lookups given here.

const SOURCE_TEXT = "The Thai minister visited Laos. Talks on the border followed.";

const lookups: Lookups = {
  countries: [
    { code: "TH", name: "Thailand", nameFr: "Thaïlande" },
    { code: "LA", name: "Laos", nameFr: null },
  ],
  organizations: [],
  people: [],
  sectors: [],
  events: [{ id: "summit", title: "The summit", start: { date: "2024-01-01", precision: "year" } }],
  documentIds: new Set(),
  sources: [{ id: "vna", url: "https://example.org/v", fullText: SOURCE_TEXT }],
  takenCommitmentIds: new Set(),
  takenEventIds: new Set(["taken"]),
};

function plan(csv: string) {
  const sheet = parseCsv(csv);
  return planEventImport(sheet, columnsOf(sheet.headers, autoMapping(sheet.headers, "events")), lookups);
}

describe("the events field table", () => {
  it("offers an event's fields and the evidence, and none of a commitment's own", () => {
    expect(FIELDS_OF.events).toEqual(
      expect.arrayContaining(["start", "end", "host_country", "visiting_country", "parent_id", "citations", "quote"]),
    );
    expect(FIELDS_OF.events).not.toContain("status");
    expect(FIELDS_OF.commitments).not.toContain("start");
    expect(FIELDS_OF.commitments).toContain("status");
  });

  it("tells a file of events from its headers, and maps them for events", () => {
    const headers = [
      "id",
      "title",
      "kind",
      "start",
      "end",
      "host_country",
      "visiting_country",
      "parent_id",
      "citations",
    ];
    expect(kindOfHeaders(headers)).toBe("events");
    expect(kindOfHeaders(["id", "title", "status", "target"])).toBe("commitments");
    expect(autoMapping(["Date", "Host", "Visitor", "Parent", "Place", "Status"], "events")).toEqual({
      Date: "start",
      Host: "host_country",
      Visitor: "visiting_country",
      Parent: "parent_id",
      Place: "location",
      Status: "",
    });
    // A field of the other kind, remembered or sent, maps to nothing.
    expect(mappingFor(["a"], { a: "status" }, "events")).toEqual({ a: "" });
  });
});

describe("the events dry run", () => {
  const HEADER = "id,title,kind,start,end,host,visitor,parent,source,evidence";

  it("plans events with partial dates, countries by name, and parents before children", () => {
    const result = plan(
      [
        HEADER,
        "talks,Border talks,talks,2024-03,,Thailand,LA,visit,https://example.org/v,Talks on the border followed",
        "visit,The visit,visit,2024,2024-03,TH,Laos,summit,https://example.org/v,The Thai minister visited Laos",
      ].join("\n"),
    );
    expect(result.errors).toEqual([]);
    expect(result.events.map((e) => e.id)).toEqual(["visit", "talks"]);
    expect(result.events[0]!.input).toMatchObject({
      start: { date: "2024-01-01", precision: "year" },
      end: { date: "2024-03-01", precision: "month" },
      hostCountryCode: "TH",
      visitingCountryCode: "LA",
      parentId: "summit",
    });
    expect(result.events[1]!.citations).toEqual([
      expect.objectContaining({ sourceId: "vna", quote: "Talks on the border followed" }),
    ]);
  });

  it("names each problem by its row and column", () => {
    const result = plan(
      [
        HEADER,
        "taken,Visit one,visit,2024,,TH,LA,,https://example.org/v,The Thai minister visited Laos",
        "b,Visit two,party,2024,,Atlantis,LA,nowhere,https://example.org/v,The Thai minister visited Laos",
        "c,Visit three,visit,2024-05,2024-01,TH,LA,,https://example.org/v,Not in the source",
        "d,Visit four,visit,2024,,TH,LA,d,https://example.org/v,The Thai minister visited Laos",
      ].join("\n"),
    );
    expect(result.events).toEqual([]);
    expect(result.errors.map((e) => [e.row, e.column])).toEqual([
      [2, "id"],
      [3, "host"],
      [3, "parent"],
      [3, "kind"],
      [4, "evidence"],
      [4, "end"],
      [5, "parent"],
    ]);
  });
});
