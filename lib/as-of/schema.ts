import { z } from "zod";
import { isoDaySchema } from "../dates/schema";

/**
 * "As of" a day, the app shows what was known then: a commitment's status is the last change
 * effective on or before it, overdue is computed on it, and records not yet known are hidden.
 * A period date ("March 2019") counts as known from its first day.
 */
export const asOfSchema = isoDaySchema;

/** The query of a single record's API route: only the as-of day. */
export const recordQuerySchema = z.object({ asOf: asOfSchema.optional() }).strict();
