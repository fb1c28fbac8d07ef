import { z } from "zod";
import { checkCommitment, commitmentInputSchema, LINK_KINDS } from "../commitments/schema";
import { countrySchema } from "../countries/schema";
import { partialDateSchema } from "../dates/schema";
import { documentInputSchema } from "../documents/schema";
import { eventInputSchema } from "../events/schema";
import { organizationInputSchema } from "../organizations/schema";
import { personInputSchema, positionInputSchema } from "../people/schema";
import { sectorSchema } from "../sectors/schema";
import { sourceInputSchema } from "../sources/schema";
import { statusSchema } from "../status/schema";

/**
 * The embedded dataset (prisma/seed/dataset.json) is validated by the same schemas as the app's
 * forms and API, extended with the stable ids that make loading it idempotent.
 */
const seedId = z.string().regex(/^[a-z0-9][a-z0-9-]{1,80}$/, "Seed ids are kebab-case");

export const seedCitationSchema = z.object({
  source: seedId,
  quote: z.string().min(3),
  occurrence: z.number().int().min(1).default(1),
});

const cited = { citations: z.array(seedCitationSchema).min(1, "Every record carries at least one citation") };

// The seed's organizations: the dataset's, and the usual international bodies of bodies.json.
const seedOrganizationSchema = organizationInputSchema.safeExtend({ id: seedId });

/** prisma/seed/bodies.json: the usual international bodies, shipped with any dataset. */
export const bodiesSchema = z.object({ organizations: z.array(seedOrganizationSchema) });

export const FLAG_KINDS = ["sources_differ", "inconsistent", "single_source"] as const;

/** The default sectors (prisma/seed/sectors.json): one entry per code and per name. */
export const defaultSectorsSchema = z.array(sectorSchema).superRefine((sectors, ctx) => {
  for (const key of ["code", "name"] as const) {
    const seen = new Set<string>();
    sectors.forEach((s, i) => {
      if (seen.has(s[key].toLowerCase()))
        ctx.addIssue({ code: "custom", path: [i, key], message: `Another sector has this ${key}` });
      seen.add(s[key].toLowerCase());
    });
  }
});

export const datasetSchema = z.object({
  countries: z.array(countrySchema),
  // Read from sectors.json beside dataset.json (lib/seed/read-dataset.ts): the vocabulary ships
  // with the data, in a file of its own, apart from the records filed under it.
  sectors: defaultSectorsSchema.default([]),
  sources: z.array(
    sourceInputSchema.omit({ fullText: true }).extend({ id: seedId, file: z.string().regex(/^[\w.-]+\.txt$/) }),
  ),
  organizations: z.array(seedOrganizationSchema),
  people: z.array(
    personInputSchema.safeExtend({
      id: seedId,
      positions: z.array(positionInputSchema.extend({ id: seedId })).default([]),
    }),
  ),
  events: z.array(eventInputSchema.safeExtend({ id: seedId, ...cited })),
  documents: z.array(documentInputSchema.safeExtend({ id: seedId, ...cited })),
  commitments: z.array(
    commitmentInputSchema
      .safeExtend({
        id: seedId,
        ...cited,
        statusHistory: z
          .array(
            z.object({
              id: seedId,
              toStatus: statusSchema,
              effective: partialDateSchema,
              note: z.string().optional(),
              ...cited,
            }),
          )
          .min(1),
        links: z.array(z.object({ kind: z.enum(LINK_KINDS), to: seedId, note: z.string().optional() })).default([]),
      })
      .superRefine(checkCommitment),
  ),
  flags: z.array(
    z.object({
      id: seedId,
      kind: z.enum(FLAG_KINDS),
      field: z.string().min(1),
      message: z.string().min(1),
      commitmentId: seedId.optional(),
      eventId: seedId.optional(),
      organizationId: seedId.optional(),
      ...cited,
    }),
  ),
});

export type Dataset = z.output<typeof datasetSchema>;
