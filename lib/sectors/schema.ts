import { z } from "zod";

export const sectorCodeSchema = z
  .string()
  .trim()
  .regex(/^[a-z][a-z_]{1,40}$/, "Use a sector code such as cybersecurity or media_broadcasting");

export const sectorSchema = z.object({
  code: sectorCodeSchema,
  name: z.string().trim().min(1).max(80),
  nameFr: z.string().trim().min(1).max(80).optional(),
});
