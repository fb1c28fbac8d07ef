import { describe, expect, it } from "vitest";
import type { PartialDate } from "../../lib/dates/partial-date";
import {
  CLOSED_STATUSES,
  STATUSES,
  checkTransition,
  isClosed,
  isOverdue,
  statusAsOf,
  targetDeadline,
  type DatedChange,
  type Status,
} from "../../lib/status/rules";

const year = (y: string): PartialDate => ({ date: `${y}-01-01`, precision: "year" });
const month = (ym: string): PartialDate => ({ date: `${ym}-01`, precision: "month" });
const day = (ymd: string): PartialDate => ({ date: ymd, precision: "day" });

const OPEN_STATUSES: Status[] = ["announced", "agreed", "in_progress", "stalled"];

describe("isOverdue", () => {
  describe("year precision: due 2019", () => {
    const target = year("2019");

    it("is not overdue on the first day of the year", () => {
      expect(isOverdue(target, "announced", "2019-01-01")).toBe(false);
    });

    it("is not overdue during the year", () => {
      expect(isOverdue(target, "announced", "2019-06-15")).toBe(false);
    });

    it("is not overdue on the last day of the year", () => {
      expect(isOverdue(target, "announced", "2019-12-31")).toBe(false);
    });

    it("is overdue from 1 January of the next year", () => {
      expect(isOverdue(target, "announced", "2020-01-01")).toBe(true);
      expect(isOverdue(target, "announced", "2026-05-01")).toBe(true);
    });

    it("is not overdue before the year", () => {
      expect(isOverdue(target, "announced", "2018-12-31")).toBe(false);
    });
  });

  describe("month precision: due March 2019", () => {
    const target = month("2019-03");

    it("is not overdue during the month", () => {
      expect(isOverdue(target, "in_progress", "2019-03-01")).toBe(false);
      expect(isOverdue(target, "in_progress", "2019-03-31")).toBe(false);
    });

    it("is overdue from the first day of the next month", () => {
      expect(isOverdue(target, "in_progress", "2019-04-01")).toBe(true);
    });

    it("rolls December over into the next year", () => {
      expect(isOverdue(month("2019-12"), "agreed", "2019-12-31")).toBe(false);
      expect(isOverdue(month("2019-12"), "agreed", "2020-01-01")).toBe(true);
    });
  });

  describe("day precision: due 14 March 2019", () => {
    const target = day("2019-03-14");

    it("is not overdue on the day itself", () => {
      expect(isOverdue(target, "agreed", "2019-03-14")).toBe(false);
    });

    it("is overdue from the next day", () => {
      expect(isOverdue(target, "agreed", "2019-03-15")).toBe(true);
    });

    it("handles a target on the last day of a year", () => {
      expect(isOverdue(day("2019-12-31"), "agreed", "2019-12-31")).toBe(false);
      expect(isOverdue(day("2019-12-31"), "agreed", "2020-01-01")).toBe(true);
    });
  });

  it.each(OPEN_STATUSES)("is overdue for the open status %s once the period has passed", (status) => {
    expect(isOverdue(year("2019"), status, "2020-01-01")).toBe(true);
  });

  it.each(["fulfilled", "partially_fulfilled", "cancelled"])("is never overdue when %s", (status) => {
    expect(isOverdue(year("2019"), status, "2020-01-01")).toBe(false);
    expect(isOverdue(day("2019-03-14"), status, "2030-01-01")).toBe(false);
  });

  it("is never overdue without a target", () => {
    expect(isOverdue(null, "announced", "2020-01-01")).toBe(false);
    expect(isOverdue(null, "stalled", "2999-12-31")).toBe(false);
  });
});

describe("isClosed", () => {
  it("closes exactly fulfilled, partially fulfilled and cancelled", () => {
    expect(STATUSES.filter(isClosed)).toEqual(["partially_fulfilled", "fulfilled", "cancelled"]);
    expect([...CLOSED_STATUSES].sort()).toEqual(["cancelled", "fulfilled", "partially_fulfilled"]);
    expect(isClosed("unknown")).toBe(false);
  });
});

describe("targetDeadline", () => {
  it("is the first day after the target period", () => {
    expect(targetDeadline(year("2019"))).toBe("2020-01-01");
    expect(targetDeadline(month("2019-03"))).toBe("2019-04-01");
    expect(targetDeadline(month("2019-12"))).toBe("2020-01-01");
    expect(targetDeadline(day("2019-03-14"))).toBe("2019-03-15");
    expect(targetDeadline(day("2020-02-29"))).toBe("2020-03-01");
  });

  it("is null without a target", () => {
    expect(targetDeadline(null)).toBeNull();
  });
});

describe("checkTransition", () => {
  const editor = { isAdmin: false };
  const admin = { isAdmin: true };

  it("refuses a change to the same status", () => {
    expect(checkTransition("announced", "announced", admin)).toEqual({ ok: false, reason: "same_status" });
    expect(checkTransition("fulfilled", "fulfilled", { isAdmin: true, reason: "because" })).toEqual({
      ok: false,
      reason: "same_status",
    });
  });

  it("allows the first status of a new commitment", () => {
    expect(checkTransition(null, "announced", editor)).toEqual({ ok: true });
  });

  it("allows an open status to move to any other status, for anyone", () => {
    for (const from of OPEN_STATUSES) {
      for (const to of STATUSES) {
        if (to === from) continue;
        expect(checkTransition(from, to, editor)).toEqual({ ok: true });
      }
    }
  });

  it.each(["fulfilled", "partially_fulfilled", "cancelled"] as const)(
    "refuses to reopen %s for a non-admin",
    (from) => {
      expect(checkTransition(from, "in_progress", editor)).toEqual({ ok: false, reason: "closed_needs_admin" });
      expect(checkTransition(from, "in_progress", { isAdmin: false, reason: "new evidence" })).toEqual({
        ok: false,
        reason: "closed_needs_admin",
      });
    },
  );

  it("requires an admin to give a reason to reopen", () => {
    expect(checkTransition("fulfilled", "in_progress", admin)).toEqual({ ok: false, reason: "reopen_needs_reason" });
    expect(checkTransition("fulfilled", "in_progress", { isAdmin: true, reason: null })).toEqual({
      ok: false,
      reason: "reopen_needs_reason",
    });
    expect(checkTransition("fulfilled", "in_progress", { isAdmin: true, reason: "   " })).toEqual({
      ok: false,
      reason: "reopen_needs_reason",
    });
  });

  it("lets an admin with a reason reopen a closed commitment", () => {
    expect(checkTransition("cancelled", "stalled", { isAdmin: true, reason: "Work resumed per 2020 report" })).toEqual({
      ok: true,
    });
  });

  it("treats moving between closed statuses like reopening", () => {
    expect(checkTransition("partially_fulfilled", "fulfilled", editor)).toEqual({
      ok: false,
      reason: "closed_needs_admin",
    });
    expect(checkTransition("partially_fulfilled", "fulfilled", { isAdmin: true, reason: "Completed" })).toEqual({
      ok: true,
    });
  });
});

describe("statusAsOf", () => {
  interface Change extends DatedChange {
    id: string;
  }

  const changes: Change[] = [
    { id: "announced", toStatus: "announced", effectiveDate: "2019-03-14" },
    { id: "in-progress", toStatus: "in_progress", effectiveDate: "2019-06-01" },
    { id: "fulfilled", toStatus: "fulfilled", effectiveDate: "2020-01-01" },
  ];

  it("is null before the first change", () => {
    expect(statusAsOf(changes, "2019-03-13")).toBeNull();
  });

  it("is null without changes", () => {
    expect(statusAsOf([], "2019-03-13")).toBeNull();
  });

  it("takes a change on its effective day", () => {
    expect(statusAsOf(changes, "2019-03-14")?.id).toBe("announced");
    expect(statusAsOf(changes, "2019-06-01")?.id).toBe("in-progress");
  });

  it("takes the latest change on or before the date", () => {
    expect(statusAsOf(changes, "2019-05-31")?.id).toBe("announced");
    expect(statusAsOf(changes, "2019-12-31")?.id).toBe("in-progress");
    expect(statusAsOf(changes, "2024-01-01")?.id).toBe("fulfilled");
  });

  it("does not depend on the order of the list", () => {
    const reversed = [...changes].reverse();
    expect(statusAsOf(reversed, "2019-12-31")?.id).toBe("in-progress");
    expect(statusAsOf(reversed, "2024-01-01")?.id).toBe("fulfilled");
  });

  it("breaks ties on the effective date by recording time, whatever the list order", () => {
    const first: Change = {
      id: "first",
      toStatus: "announced",
      effectiveDate: "2019-03-14",
      recordedAt: new Date("2019-03-15T10:00:00Z"),
    };
    const second: Change = {
      id: "second",
      toStatus: "agreed",
      effectiveDate: "2019-03-14",
      recordedAt: new Date("2019-03-16T10:00:00Z"),
    };
    expect(statusAsOf([first, second], "2019-03-20")?.id).toBe("second");
    expect(statusAsOf([second, first], "2019-03-20")?.id).toBe("second");
  });

  it("accepts recording times given as strings", () => {
    const first: Change = {
      id: "first",
      toStatus: "announced",
      effectiveDate: "2019-03-14",
      recordedAt: "2019-03-16T10:00:00.000Z",
    };
    const second: Change = {
      id: "second",
      toStatus: "agreed",
      effectiveDate: "2019-03-14",
      recordedAt: "2019-03-15T10:00:00.000Z",
    };
    expect(statusAsOf([first, second], "2019-03-20")?.id).toBe("first");
    expect(statusAsOf([second, first], "2019-03-20")?.id).toBe("first");
  });

  it("prefers a later effective date over a later recording time", () => {
    const late: Change = {
      id: "late",
      toStatus: "stalled",
      effectiveDate: "2019-09-01",
      recordedAt: "2019-09-02T00:00:00Z",
    };
    const backdated: Change = {
      id: "backdated",
      toStatus: "agreed",
      effectiveDate: "2019-04-01",
      recordedAt: "2020-01-01T00:00:00Z",
    };
    expect(statusAsOf([late, backdated], "2019-12-31")?.id).toBe("late");
    expect(statusAsOf([late, backdated], "2019-08-31")?.id).toBe("backdated");
  });
});
