import { describe, expect, it } from "vitest";
import type { PartialDate } from "../../lib/dates/partial-date";
import { checkRange, rangeEndExclusive, rangeFromColumns, type PartialDateRange } from "../../lib/dates/range";
import { partialDateRangeSchema } from "../../lib/dates/schema";
import { formatDateJson } from "../../lib/format/values";
import { isOverdue, targetDeadline } from "../../lib/status/rules";

const year = (y: string): PartialDate => ({ date: `${y}-01-01`, precision: "year" });
const month = (ym: string): PartialDate => ({ date: `${ym}-01`, precision: "month" });
const day = (ymd: string): PartialDate => ({ date: ymd, precision: "day" });
const range = (start: PartialDate, end: PartialDate): PartialDateRange => ({ ...start, end });

describe("the deadline of a target range", () => {
  it("is the first day after the last year of a range of years", () => {
    expect(targetDeadline(range(year("2012"), year("2013")))).toBe("2014-01-01");
  });

  it("is the first day after the last month of a range of months, across a new year", () => {
    expect(targetDeadline(range(month("2020-03"), month("2020-06")))).toBe("2020-07-01");
    expect(targetDeadline(range(month("2020-10"), month("2020-12")))).toBe("2021-01-01");
  });

  it("is the day after the last day of a range of days, leap day included", () => {
    expect(targetDeadline(range(day("2020-02-10"), day("2020-02-29")))).toBe("2020-03-01");
    expect(targetDeadline(range(day("2019-12-30"), day("2019-12-31")))).toBe("2020-01-01");
  });

  it("follows the end's own precision when the ends differ", () => {
    expect(targetDeadline(range(year("2019"), month("2020-03")))).toBe("2020-04-01");
    expect(targetDeadline(range(day("2019-11-14"), year("2020")))).toBe("2021-01-01");
  });

  it("is the single date's deadline when there is no end", () => {
    expect(targetDeadline({ ...month("2020-06"), end: null })).toBe("2020-07-01");
    expect(rangeEndExclusive(year("2019"))).toBe("2020-01-01");
  });
});

describe("overdue with a target range", () => {
  const plan = range(year("2012"), year("2013"));

  it("is not overdue during the first period, nor on the range's last day", () => {
    expect(isOverdue(plan, "in_progress", "2012-12-31")).toBe(false);
    expect(isOverdue(plan, "in_progress", "2013-06-30")).toBe(false);
    expect(isOverdue(plan, "in_progress", "2013-12-31")).toBe(false);
  });

  it("is overdue from the day after the range ends", () => {
    expect(isOverdue(plan, "in_progress", "2014-01-01")).toBe(true);
  });

  it("is never overdue once closed", () => {
    expect(isOverdue(plan, "fulfilled", "2030-01-01")).toBe(false);
  });

  it("turns over at the end of a range of months", () => {
    const spring = range(month("2020-03"), month("2020-06"));
    expect(isOverdue(spring, "agreed", "2020-06-30")).toBe(false);
    expect(isOverdue(spring, "agreed", "2020-07-01")).toBe(true);
  });
});

describe("checkRange", () => {
  it("accepts an end after the start", () => {
    expect(checkRange(year("2012"), year("2013"))).toBeNull();
    expect(checkRange(month("2020-03"), month("2020-06"))).toBeNull();
    expect(checkRange(month("2019-12"), year("2020"))).toBeNull();
  });

  it("refuses an end that does not come after the start", () => {
    expect(checkRange(year("2013"), year("2012"))).toBe("not_after_start");
    expect(checkRange(month("2020-03"), month("2020-03"))).toBe("not_after_start");
    expect(checkRange(month("2020-03"), year("2020"))).toBe("not_after_start");
  });

  it("refuses an end inside the start's period", () => {
    expect(checkRange(year("2012"), month("2012-06"))).toBe("inside_start");
    expect(checkRange(month("2020-03"), day("2020-03-20"))).toBe("inside_start");
  });
});

describe("partialDateRangeSchema", () => {
  it("takes a plain date string as a single date", () => {
    expect(partialDateRangeSchema.parse("2020-06")).toEqual({ ...month("2020-06"), end: null });
  });

  it("takes a date with an end, each at its own precision", () => {
    expect(partialDateRangeSchema.parse({ date: "2012", end: "2013" })).toEqual(range(year("2012"), year("2013")));
    expect(partialDateRangeSchema.parse({ date: "2019-11-14", end: "2020" })).toEqual(
      range(day("2019-11-14"), year("2020")),
    );
    expect(partialDateRangeSchema.parse({ date: "2020-06" })).toEqual({ ...month("2020-06"), end: null });
  });

  it("places a bad end, an end before the start and a blank end on the end", () => {
    const issues = (input: unknown) => {
      const parsed = partialDateRangeSchema.safeParse(input);
      return parsed.success ? [] : parsed.error.issues.map((i) => ({ path: i.path, message: i.message }));
    };
    expect(issues({ date: "2013", end: "2012" })).toEqual([
      { path: ["end"], message: "The range must end after it starts" },
    ]);
    expect(issues({ date: "2012", end: "2012-06" })[0]?.path).toEqual(["end"]);
    expect(issues({ date: "2012", end: "2013-13" })[0]?.path).toEqual(["end"]);
    expect(issues({ date: "2012", end: "" })).toEqual([
      { path: ["end"], message: "Give the end of the range, or choose a single date" },
    ]);
    expect(issues({ date: "sometime", end: "2013" })[0]?.path).toEqual(["date"]);
  });
});

describe("rangeFromColumns", () => {
  it("rebuilds a range from its four columns and a single date from two", () => {
    expect(rangeFromColumns("2012-01-01", "year", "2013-01-01", "year")).toEqual(range(year("2012"), year("2013")));
    expect(rangeFromColumns("2020-06-01", "month", null, null)).toEqual({ ...month("2020-06"), end: null });
    expect(rangeFromColumns(null, null, "2013-01-01", "year")).toBeNull();
  });
});

describe("formatDateJson", () => {
  it("reads a JSON range as people write it", () => {
    expect(formatDateJson({ date: "2012", end: { date: "2013" } })).toBe("2012–2013");
    expect(formatDateJson({ date: "2020-03", end: { date: "2020-06" } })).toBe("March–June 2020");
    expect(formatDateJson({ date: "2020-06" })).toBe("June 2020");
    expect(formatDateJson(null)).toBe("—");
  });
});
