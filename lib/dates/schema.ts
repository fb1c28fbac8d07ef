import { z } from "zod";
import { PRECISIONS, parsePartialDate, type PartialDate } from "./partial-date";
import { checkRange, type PartialDateRange } from "./range";

export const precisionSchema = z.enum(PRECISIONS);

/** A calendar date whose shape gives its precision: "2019", "2019-03" or "2019-03-14". */
export const partialDateSchema = z
  .string()
  .trim()
  .transform((text, ctx): PartialDate => {
    const parsed = parsePartialDate(text);
    if (!parsed) {
      ctx.addIssue({ code: "custom", message: "Use YYYY, YYYY-MM or YYYY-MM-DD with a real calendar date" });
      return z.NEVER;
    }
    return parsed;
  });

const RANGE_MESSAGES = {
  not_after_start: "The range must end after it starts",
  inside_start: "The end falls within the start's period: give a later end, or a single date",
} as const;

const rangeObjectSchema = z
  .object({
    date: partialDateSchema,
    // Blank is not "no end": the editor chose a range, so the end is asked for, not dropped.
    end: z
      .string()
      .trim()
      .min(1, "Give the end of the range, or choose a single date")
      .pipe(partialDateSchema)
      .nullish(),
  })
  .transform((range, ctx): PartialDateRange => {
    const end = range.end ?? null;
    const problem = end ? checkRange(range.date, end) : null;
    if (problem) {
      ctx.addIssue({ code: "custom", message: RANGE_MESSAGES[problem], path: ["end"] });
      return z.NEVER;
    }
    return { ...range.date, end };
  });

/**
 * A date or a range: "2019" alone, or `{ date: "2012", end: "2013" }`, each end as precise as the
 * source ("March–June 2020" is `{ date: "2020-03", end: "2020-06" }`). A plain string is the date
 * alone, as every date was written before ranges existed, and its problems stay on the field
 * itself. Gives `{ date, precision, end }`.
 */
export const partialDateRangeSchema = z
  .union([z.string(), z.object({}).loose()])
  .transform((value, ctx): PartialDateRange => {
    const parsed =
      typeof value === "string"
        ? partialDateSchema.transform((date) => ({ ...date, end: null })).safeParse(value)
        : rangeObjectSchema.safeParse(value);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", message: issue.message, path: issue.path });
    return z.NEVER;
  });

/** A full calendar day, YYYY-MM-DD (as-of dates, filter bounds). */
export const isoDaySchema = z
  .string()
  .trim()
  .refine((text) => parsePartialDate(text)?.precision === "day", "Use a real calendar day, YYYY-MM-DD");
