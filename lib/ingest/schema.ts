import { z } from "zod";
import { partialDateSchema } from "../dates/schema";
import { idSchema } from "../records/schema";
import { statusSchema } from "../status/schema";

/**
 * Accepting a suggested status change: the sentence is named by its offsets in the stored source,
 * and the server takes the quote from there, so what is cited is exactly what was suggested.
 */
export const acceptStatusChangeSchema = z
  .object({
    sourceId: idSchema,
    commitmentId: idSchema,
    // The version the suggestion was made against: a commitment changed since is a conflict.
    version: z.coerce.number().int().min(1),
    toStatus: statusSchema,
    effective: partialDateSchema,
    start: z.number().int().min(0),
    end: z.number().int().min(1),
  })
  .strict()
  .refine((v) => v.end > v.start, { message: "The sentence ends before it starts", path: ["end"] });

export type AcceptStatusChangeInput = z.input<typeof acceptStatusChangeSchema>;
export type ParsedAcceptStatusChange = z.output<typeof acceptStatusChangeSchema>;
