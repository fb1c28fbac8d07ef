import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { Lookups } from "@/lib/import/lookups";
import { autoMapping, columnsOf, headersKey, mappingFor } from "@/lib/import/mapping";
import { parseCsv, parseSpreadsheet } from "@/lib/import/parse";
import { planImport } from "@/lib/import/preview";

const TODAY = "2026-12-03";
const SOURCE_TEXT = "Vietnam will give Cambodia a 5 million USD centre. The two sides agreed to train reporters.";

const lookups = (over: Partial<Lookups> = {}): Lookups => ({
  countries: [
    { code: "VN", name: "Vietnam", nameFr: "Viêt Nam" },
    { code: "KH", name: "Cambodia", nameFr: "Cambodge" },
  ],
  organizations: [
    {
      id: "mic",
      name: "Ministry of Information and Communications",
      countryCode: "VN",
      names: ["Ministry of Information and Communications", "MIC"],
    },
    { id: "viettel", name: "Viettel Group", countryCode: "VN", names: ["Viettel Group", "Metfone"] },
  ],
  people: [
    { id: "hung", name: "Nguyen Manh Hung", countryCode: "VN", names: ["Nguyen Manh Hung", "Nguyễn Mạnh Hùng"] },
  ],
  sectors: [{ code: "cybersecurity", name: "Cybersecurity" }],
  events: [{ id: "visit", title: "The visit", start: { date: "2019-03-14", precision: "day" } }],
  documentIds: new Set(),
  sources: [{ id: "vna-en", url: "https://example.org/a", fullText: SOURCE_TEXT }],
  takenCommitmentIds: new Set(["taken"]),
  takenEventIds: new Set(["taken-event"]),
  ...over,
});

function plan(csv: string, over: Partial<Lookups> = {}) {
  const sheet = parseCsv(csv);
  return planImport(sheet, columnsOf(sheet.headers, autoMapping(sheet.headers)), lookups(over), TODAY);
}

const HEADER =
  "title,kind,from_country,from_organization,from_person,to_country,sectors,amount,currency,target,source_url,source_title,quote\r\n";

describe("reading a spreadsheet", () => {
  it("reads CSV records as the sheet's rows, quoted line breaks and blank rows included in the numbering", () => {
    const sheet = parseCsv('\uFEFFtitle,quote\r\n"Two\nlines",x\r\n\r\nthird,"say ""hi"""\r\n');
    expect(sheet.headers).toEqual(["title", "quote"]);
    expect(sheet.rows).toEqual([
      { line: 2, cells: ["Two\nlines", "x"] },
      { line: 4, cells: ["third", 'say "hi"'] },
    ]);
  });

  it("refuses a file without a header row", () => {
    expect(() => parseCsv("\r\n")).toThrow(/no header row/);
  });

  it("reads the first worksheet of an XLSX workbook, numbers and dates as text", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Commitments");
    sheet.addRow(["title", "amount", "source_date"]);
    sheet.addRow(["A centre", 5000000, new Date(Date.UTC(2019, 2, 14))]);
    sheet.addRow([]);
    sheet.addRow(["Training", null, "2019"]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const read = await parseSpreadsheet("sheet.xlsx", bytes);
    expect(read.headers).toEqual(["title", "amount", "source_date"]);
    expect(read.rows.map((r) => [r.line, r.cells])).toEqual([
      [2, ["A centre", "5000000", "2019-03-14"]],
      [4, ["Training", "", "2019"]],
    ]);
  });

  it("refuses a file that is not a workbook with words, not a stack trace", async () => {
    await expect(parseSpreadsheet("x.xlsx", Buffer.from("not a zip"))).rejects.toThrow(/cannot be read/);
  });
});

describe("mapping columns", () => {
  it("maps Pact's export columns to themselves and leaves the derived ones out", () => {
    const mapping = autoMapping(["id", "title", "overdue", "target_precision", "sources", "citations"]);
    expect(mapping).toEqual({
      id: "id",
      title: "title",
      overdue: "",
      target_precision: "",
      sources: "",
      citations: "citations",
    });
  });

  it("maps usual other names, folded, once per field", () => {
    expect(autoMapping(["Commitment", "Giver Country", "Receiver", "Source", "Evidence", "Name"])).toEqual({
      Commitment: "title",
      "Giver Country": "from_country",
      Receiver: "to_country",
      Source: "source_url",
      Evidence: "quote",
      Name: "",
    });
  });

  it("keys a remembered mapping by the folded header row, and applies it to this file's headers only", () => {
    expect(headersKey(["Giver Country", "Títle"])).toBe(headersKey(["giver_country", "title"]));
    expect(mappingFor(["a", "title"], { a: "quote", gone: "kind" })).toEqual({ a: "quote", title: "title" });
  });
});

describe("the dry run", () => {
  it("plans a row with its names matched by name or alias, and its quote found in a known source", () => {
    const result = plan(
      `${HEADER}A centre,pledge,Vietnam,MIC,Nguyễn Mạnh Hùng,Cambodge,Cybersecurity,5000000,usd,2019,https://example.org/a,A,"a 5 million USD centre"\r\n`,
    );
    expect(result.errors).toEqual([]);
    const [c] = result.commitments;
    expect(c!.input.sides).toEqual([
      { role: "giver", countryCode: "VN", organizationId: "mic", personId: "hung" },
      { role: "receiver", countryCode: "KH" },
    ]);
    expect(c!.input.amount).toEqual({ minor: 500000000n, currency: "USD", qualifier: "exact" });
    expect(c!.input.target).toMatchObject({ date: "2019-01-01", precision: "year" });
    expect(c!.citations).toEqual([
      { sourceId: "vna-en", quote: "a 5 million USD centre", startOffset: 27, endOffset: 49 },
    ]);
    expect(result.organizations).toEqual([]);
    // A row without an id gets one from its title, as the forms give.
    expect(c!.id).toMatch(/^a-centre-[0-9a-f]{6}$/);
  });

  it("plans new organizations, people and sources once for the whole file", () => {
    const rows = [1, 2]
      .map(
        (n) =>
          `Plan ${n},proposal,KH,Ministry of Tourism,Sok Chenda,VN,,,,,https://news.example/x,Report,Quote number ${n}\r\n`,
      )
      .join("");
    const result = plan(HEADER + rows);
    expect(result.errors).toEqual([]);
    expect(result.organizations.map((o) => [o.name, o.countryCode])).toEqual([["Ministry of Tourism", "KH"]]);
    expect(result.people.map((p) => p.name)).toEqual(["Sok Chenda"]);
    expect(result.sources).toHaveLength(1);
    expect(result.sources[0]!.fullText).toBe("Quote number 1\n\nQuote number 2");
    expect(result.commitments[1]!.citations[0]).toMatchObject({ quote: "Quote number 2", startOffset: 16 });
  });

  it("names every problem by its row and its column's header", () => {
    const csv =
      "Title,kind,from_country,to_country,Amount,currency,quote,source_url,source_title,id\r\n" +
      "Good one,pledge,VN,KH,,,two sides agreed,https://example.org/a,A,\r\n" +
      "Bad kind,promise,VN,Atlantis,12.345,JPY,a quote,https://example.org/a,A,taken\r\n" +
      "No quote,pledge,VN,KH,,,,,,\r\n";
    const result = plan(csv);
    expect(result.errors).toEqual([
      { row: 3, column: "id", message: "A commitment “taken” is already in Pact" },
      { row: 3, column: "to_country", message: expect.stringContaining("Unknown country “Atlantis”") },
      { row: 3, column: "quote", message: expect.stringContaining("not in the source's text") },
      { row: 3, column: "kind", message: expect.stringContaining("expected one of") },
      { row: 3, column: "Amount", message: "This currency has fewer decimal places" },
      { row: 4, column: "quote", message: expect.stringContaining("Give a quote and its source") },
    ]);
    expect(result.commitments.map((c) => c.line)).toEqual([2]);
  });

  it("refuses an ambiguous name and an id used twice in the file", () => {
    const result = plan(
      "id,title,kind,from_organization,to_country,citations\r\n" +
        'a,One,pledge,Same,KH,"[{""source"":""vna-en"",""quote"":""train reporters""}]"\r\n' +
        'a,Two,pledge,VN,KH,"[{""source"":""vna-en"",""quote"":""train reporters""}]"\r\n',
      {
        organizations: [
          { id: "o1", name: "Same", countryCode: "VN", names: ["Same"] },
          { id: "o2", name: "Same", countryCode: "KH", names: ["Same"] },
        ],
      },
    );
    expect(result.errors.map((e) => [e.row, e.column])).toEqual([
      [2, "from_organization"],
      [3, "id"],
    ]);
    // "VN" in the organizations column is no organization Pact knows: it would be created.
    expect(result.organizations.map((o) => o.name)).toEqual(["VN"]);
  });

  it("tells two organizations of one name apart by the row's country", () => {
    const result = plan(
      "title,kind,from_country,from_organization,to_country,citations\r\n" +
        'One,pledge,KH,Ministry of Information,VN,"[{""source"":""vna-en"",""quote"":""train reporters""}]"\r\n',
      {
        organizations: [
          { id: "mi-vn", name: "Ministry of Information", countryCode: "VN", names: ["Ministry of Information"] },
          { id: "mi-kh", name: "Ministry of Information", countryCode: "KH", names: ["Ministry of Information"] },
        ],
      },
    );
    expect(result.errors).toEqual([]);
    expect(result.commitments[0]!.input.sides![0]).toMatchObject({ countryCode: "KH", organizationId: "mi-kh" });
  });

  it("reads an export's defused cells and its citations column back", () => {
    const result = plan(
      "title,kind,from_country,to_country,quantity_target,quantity_delta,quantity_unit,quantity_baseline,citations\r\n" +
        `Cut,pledge,VN,KH,8,'-2,hours,10,"[{""source"":""vna-en"",""quote"":""train reporters""}]"\r\n`,
    );
    expect(result.errors).toEqual([]);
    expect(result.commitments[0]!.input.quantity).toMatchObject({ baseline: "10", target: "8", delta: "-2" });
    expect(result.commitments[0]!.input.statusEffective).toEqual({ date: TODAY, precision: "day" });
  });
});
