import { z } from "zod";
import { pageParams } from "../api/query-schema";
import { idSchema } from "../records/schema";
import { AUDIT_ACTIONS } from "./entry";

export const auditFilterSchema = z
  .object({
    ...pageParams,
    entityType: z
      .string()
      .trim()
      .regex(/^[a-z_]{1,40}$/)
      .optional(),
    entityId: idSchema.optional(),
    userId: idSchema.optional(),
    action: z.enum(AUDIT_ACTIONS).optional(),
  })
  .strict();

export type AuditFilter = z.output<typeof auditFilterSchema>;
