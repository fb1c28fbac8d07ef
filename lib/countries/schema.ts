import { z } from "zod";

export const countryCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, "Use an ISO 3166-1 alpha-2 country code such as VN or KH");

export const countrySchema = z.object({
  code: countryCodeSchema,
  name: z.string().trim().min(1).max(120),
  nameFr: z.string().trim().min(1).max(120).optional(),
});
