import { z } from "zod";
import { PRECISIONS, parsePartialDate, type PartialDate } from "./partial-date";

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

/** A full calendar day, YYYY-MM-DD (as-of dates, filter bounds). */
export const isoDaySchema = z
  .string()
  .trim()
  .refine((text) => parsePartialDate(text)?.precision === "day", "Use a real calendar day, YYYY-MM-DD");
