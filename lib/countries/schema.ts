import { z } from "zod";
import { STATUSES } from "../status/rules";

export const countryCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, "Use an ISO 3166-1 alpha-2 country code such as VN or KH");

/** A country as the seed dataset names it (it may rename a catalog country: lib/countries/sync.ts). */
export const countrySchema = z.object({
  code: countryCodeSchema,
  name: z.string().trim().min(1).max(120),
  nameFr: z.string().trim().min(1).max(120).optional(),
});

/** Query parameters of GET /api/v1/countries. */
export const countryListQuerySchema = z
  .object({
    q: z.string().trim().max(200, "Keep the search under 200 characters").optional().meta({
      description:
        "A code (VN, VNM) or a name or its start, in English or French, accents optional (cambodge, cote d'ivoire)",
    }),
    hasRecords: z
      .enum(["true", "false"])
      .transform((v) => v === "true")
      .optional()
      .meta({
        description:
          "true: only countries on a commitment, an event or a document, or with a national organization or a person (membership of a body is not enough); false: every country",
      }),
  })
  .strict();

export type CountryListQuery = z.output<typeof countryListQuerySchema>;

/** A country as API v1 lists it. */
export const countryJsonSchema = z.object({
  code: z.string().meta({ description: "ISO 3166-1 alpha-2", examples: ["VN"] }),
  name: z.string().meta({ description: "English name" }),
  nameFr: z.string().nullable().meta({ description: "French name" }),
});

export type CountryJson = z.infer<typeof countryJsonSchema>;

const statusCountsSchema = z.object({
  total: z.int(),
  byStatus: z.object(
    Object.fromEntries(STATUSES.map((s) => [s, z.int()])) as Record<(typeof STATUSES)[number], z.ZodInt>,
  ),
});

export type StatusCounts = z.infer<typeof statusCountsSchema>;

/** A country's partner: another country it has commitments, events or documents with. */
export const countryPartnerJsonSchema = countryJsonSchema.extend({
  commitments: z
    .object({ given: z.int(), received: z.int(), mutual: z.int() })
    .meta({ description: "Commitments it gave the partner, received from it, and mutual ones with it" }),
  events: z.int().meta({ description: "Events one hosted and the other visited" }),
  documents: z.int().meta({ description: "Documents both are parties to" }),
});

/** One country with its counts (as of a day, when asked). */
export const countryDetailJsonSchema = countryJsonSchema.extend({
  counts: z.object({
    commitments: statusCountsSchema.extend({
      asGiver: statusCountsSchema,
      asReceiver: statusCountsSchema,
      asParty: statusCountsSchema.meta({ description: "Mutual commitments it is a party to" }),
    }),
    events: z.object({
      total: z.int().meta({ description: "Events it hosted, visited or took part in" }),
      hosted: z.int(),
      visiting: z.int(),
    }),
    documents: z.int().meta({ description: "Documents it is a party to" }),
    organizations: z.int().meta({ description: "Its national organizations" }),
    memberships: z.int().meta({ description: "International or bilateral bodies it is a member of" }),
    people: z.int(),
    partners: z.int(),
  }),
  partners: z.array(countryPartnerJsonSchema).meta({ description: "Every partner, the busiest first" }),
});

export type CountryDetailJson = z.infer<typeof countryDetailJsonSchema>;
