import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  comparePartialDates,
  formatDateRange,
  formatPartialDate,
  fromColumns,
  parsePartialDate,
  periodEndExclusive,
  periodLastDay,
  toIso,
  type PartialDate,
} from "../../lib/dates/partial-date";
import { isoDaySchema, partialDateSchema } from "../../lib/dates/schema";

const year = (y: string): PartialDate => ({ date: `${y}-01-01`, precision: "year" });
const month = (ym: string): PartialDate => ({ date: `${ym}-01`, precision: "month" });
const day = (ymd: string): PartialDate => ({ date: ymd, precision: "day" });

describe("parsePartialDate", () => {
  it("parses a year as the first day of the year with year precision", () => {
    expect(parsePartialDate("2019")).toEqual({ date: "2019-01-01", precision: "year" });
  });

  it("parses a month as the first day of the month with month precision", () => {
    expect(parsePartialDate("2019-03")).toEqual({ date: "2019-03-01", precision: "month" });
  });

  it("parses a day with day precision", () => {
    expect(parsePartialDate("2019-03-14")).toEqual({ date: "2019-03-14", precision: "day" });
  });

  it("trims surrounding whitespace", () => {
    expect(parsePartialDate("  2019-03 ")).toEqual({ date: "2019-03-01", precision: "month" });
  });

  it.each([
    ["2019-02-30", "a day that does not exist"],
    ["2019-04-31", "the 31st of a 30-day month"],
    ["2019-13", "month 13"],
    ["2019-00", "month 0"],
    ["2019-03-00", "day 0"],
    ["19", "a two-digit year"],
    ["0999", "a year before 1000"],
    ["2019-3-1", "unpadded month and day"],
    ["2019-03-1", "an unpadded day"],
    ["2019/03/14", "slashes"],
    ["14 March 2019", "prose"],
    ["2019-03-14T00:00:00Z", "a timestamp"],
    ["", "an empty string"],
    ["   ", "blank text"],
  ])("refuses %j (%s)", (text) => {
    expect(parsePartialDate(text)).toBeNull();
  });

  it("accepts 29 February in a leap year", () => {
    expect(parsePartialDate("2020-02-29")).toEqual({ date: "2020-02-29", precision: "day" });
    expect(parsePartialDate("2000-02-29")).toEqual({ date: "2000-02-29", precision: "day" });
  });

  it("refuses 29 February outside a leap year (including century years not divisible by 400)", () => {
    expect(parsePartialDate("2019-02-29")).toBeNull();
    expect(parsePartialDate("1900-02-29")).toBeNull();
  });

  it("accepts the last day of each month and refuses the day after", () => {
    expect(parsePartialDate("2019-01-31")?.precision).toBe("day");
    expect(parsePartialDate("2019-02-28")?.precision).toBe("day");
    expect(parsePartialDate("2019-04-30")?.precision).toBe("day");
    expect(parsePartialDate("2019-12-31")?.precision).toBe("day");
    expect(parsePartialDate("2019-12-32")).toBeNull();
  });
});

describe("fromColumns", () => {
  it("rebuilds a partial date from its stored columns", () => {
    expect(fromColumns("2019-01-01", "year")).toEqual({ date: "2019-01-01", precision: "year" });
    expect(fromColumns("2019-03-01", "month")).toEqual({ date: "2019-03-01", precision: "month" });
  });

  it("returns null for missing or invalid columns", () => {
    expect(fromColumns(null, "year")).toBeNull();
    expect(fromColumns("2019-01-01", null)).toBeNull();
    expect(fromColumns("2019-01-01", "week")).toBeNull();
    expect(fromColumns("2019-02-30", "day")).toBeNull();
  });
});

describe("periodEndExclusive", () => {
  it("gives 1 January of the next year for a year", () => {
    expect(periodEndExclusive(year("2019"))).toBe("2020-01-01");
  });

  it("gives the first day of the next month for a month", () => {
    expect(periodEndExclusive(month("2019-03"))).toBe("2019-04-01");
    expect(periodEndExclusive(month("2019-09"))).toBe("2019-10-01");
  });

  it("rolls December over into January of the next year", () => {
    expect(periodEndExclusive(month("2019-12"))).toBe("2020-01-01");
  });

  it("gives the next day for a day", () => {
    expect(periodEndExclusive(day("2019-03-14"))).toBe("2019-03-15");
  });

  it("rolls a day over the end of the month and of the year", () => {
    expect(periodEndExclusive(day("2019-03-31"))).toBe("2019-04-01");
    expect(periodEndExclusive(day("2019-02-28"))).toBe("2019-03-01");
    expect(periodEndExclusive(day("2020-02-28"))).toBe("2020-02-29");
    expect(periodEndExclusive(day("2020-02-29"))).toBe("2020-03-01");
    expect(periodEndExclusive(day("2019-12-31"))).toBe("2020-01-01");
  });
});

describe("periodLastDay", () => {
  it("gives the last day of the period at each precision", () => {
    expect(periodLastDay(year("2019"))).toBe("2019-12-31");
    expect(periodLastDay(month("2019-02"))).toBe("2019-02-28");
    expect(periodLastDay(month("2020-02"))).toBe("2020-02-29");
    expect(periodLastDay(month("2019-12"))).toBe("2019-12-31");
    expect(periodLastDay(day("2019-03-14"))).toBe("2019-03-14");
  });
});

describe("toIso", () => {
  it("keeps the precision in the ISO form", () => {
    expect(toIso(year("2019"))).toBe("2019");
    expect(toIso(month("2019-03"))).toBe("2019-03");
    expect(toIso(day("2019-03-14"))).toBe("2019-03-14");
  });

  it("round-trips through parsePartialDate", () => {
    for (const text of ["2019", "2019-03", "2019-03-14"]) {
      const parsed = parsePartialDate(text);
      expect(parsed).not.toBeNull();
      expect(toIso(parsed!)).toBe(text);
    }
  });
});

describe("comparePartialDates", () => {
  it("orders by the start of the period", () => {
    expect(comparePartialDates(day("2019-03-13"), day("2019-03-14"))).toBeLessThan(0);
    expect(comparePartialDates(day("2019-03-14"), day("2019-03-13"))).toBeGreaterThan(0);
    expect(comparePartialDates(year("2018"), day("2018-12-31"))).toBeLessThan(0);
  });

  it("puts the coarser precision first when the periods start on the same day", () => {
    expect(comparePartialDates(year("2019"), month("2019-01"))).toBeLessThan(0);
    expect(comparePartialDates(month("2019-01"), day("2019-01-01"))).toBeLessThan(0);
    expect(comparePartialDates(day("2019-01-01"), year("2019"))).toBeGreaterThan(0);
  });

  it("returns 0 for equal values", () => {
    expect(comparePartialDates(month("2019-03"), month("2019-03"))).toBe(0);
  });

  it("sorts a list chronologically", () => {
    const values = [day("2019-03-14"), year("2019"), month("2019-03"), day("2018-12-31"), month("2019-01")];
    expect(values.sort(comparePartialDates).map(toIso)).toEqual([
      "2018-12-31",
      "2019",
      "2019-01",
      "2019-03",
      "2019-03-14",
    ]);
  });
});

describe("formatPartialDate", () => {
  it("formats in English by default", () => {
    expect(formatPartialDate(year("2019"))).toBe("2019");
    expect(formatPartialDate(month("2019-03"))).toBe("March 2019");
    expect(formatPartialDate(day("2019-03-14"))).toBe("14 March 2019");
    expect(formatPartialDate(day("2019-03-01"))).toBe("1 March 2019");
  });

  it("formats in French", () => {
    expect(formatPartialDate(day("2019-03-14"), "fr")).toBe("14 mars 2019");
    expect(formatPartialDate(month("2019-08"), "fr")).toBe("août 2019");
    expect(formatPartialDate(year("2019"), "fr")).toBe("2019");
  });

  it("uses the language of a regional locale and falls back to English for unknown ones", () => {
    expect(formatPartialDate(day("2019-12-25"), "fr-FR")).toBe("25 décembre 2019");
    expect(formatPartialDate(day("2019-12-25"), "de")).toBe("25 December 2019");
  });
});

describe("formatDateRange", () => {
  it("shares month and year within one month", () => {
    expect(formatDateRange(day("2019-03-13"), day("2019-03-16"))).toBe("13–16 March 2019");
    expect(formatDateRange(day("2019-03-13"), day("2019-03-16"), "fr")).toBe("13–16 mars 2019");
  });

  it("names both months across a month boundary", () => {
    expect(formatDateRange(day("2019-02-28"), day("2019-03-02"))).toBe("28 February – 2 March 2019");
  });

  it("writes both dates in full across a year boundary", () => {
    expect(formatDateRange(day("2019-12-30"), day("2020-01-02"))).toBe("30 December 2019 – 2 January 2020");
  });

  it("gives a single date when there is no end or the end is the start", () => {
    expect(formatDateRange(day("2019-03-14"), null)).toBe("14 March 2019");
    expect(formatDateRange(day("2019-03-14"), day("2019-03-14"))).toBe("14 March 2019");
  });

  it("shares the year of two months and closes up two years", () => {
    expect(formatDateRange(month("2019-03"), month("2019-05"))).toBe("March–May 2019");
    expect(formatDateRange(month("2019-03"), month("2019-05"), "fr")).toBe("mars–mai 2019");
    expect(formatDateRange(year("2019"), year("2020"))).toBe("2019–2020");
  });

  it("writes months of two years, and ends of different precisions, in full", () => {
    expect(formatDateRange(month("2019-11"), month("2020-02"))).toBe("November 2019 – February 2020");
    expect(formatDateRange(year("2019"), month("2020-03"))).toBe("2019 – March 2020");
    expect(formatDateRange(day("2019-12-14"), year("2020"))).toBe("14 December 2019 – 2020");
  });
});

describe("partialDateSchema", () => {
  it("parses the three shapes into partial dates", () => {
    expect(partialDateSchema.parse("2019")).toEqual({ date: "2019-01-01", precision: "year" });
    expect(partialDateSchema.parse(" 2019-03 ")).toEqual({ date: "2019-03-01", precision: "month" });
    expect(partialDateSchema.parse("2019-03-14")).toEqual({ date: "2019-03-14", precision: "day" });
  });

  it("refuses a date that is not real with an explanatory message", () => {
    const result = partialDateSchema.safeParse("2019-02-30");
    expect(result.success).toBe(false);
    expect(result.error?.issues).toHaveLength(1);
    expect(result.error?.issues[0]?.message).toMatch(/YYYY, YYYY-MM or YYYY-MM-DD/);
  });

  it("refuses a value that is not a string", () => {
    expect(partialDateSchema.safeParse(2019).success).toBe(false);
  });

  it("reports the path of the failing field inside an object", () => {
    const result = z.object({ target: partialDateSchema }).safeParse({ target: "2019-13" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["target"]);
  });
});

describe("isoDaySchema", () => {
  it("accepts only a full calendar day", () => {
    expect(isoDaySchema.parse("2019-03-14")).toBe("2019-03-14");
    expect(isoDaySchema.safeParse("2019-03").success).toBe(false);
    expect(isoDaySchema.safeParse("2019").success).toBe(false);
    expect(isoDaySchema.safeParse("2019-02-29").success).toBe(false);
  });
});
