import { z } from "zod";

// Sectors are an open vocabulary: admins create, rename and merge them. A sector's code is
// permanent (commitments, links and API callers' filters name it), so renaming changes its names
// only; a code is replaced by creating the new sector and merging the old one into it.

const CODE_MAX = 40;

export const sectorCodeSchema = z
  .string()
  .trim()
  .regex(
    new RegExp(`^[a-z][a-z0-9_]{1,${CODE_MAX}}$`),
    "Use a code in lower case with underscores, such as cybersecurity or media_broadcasting",
  );

/** OECD DAC/CRS: a 3-digit sector (230 Energy) or a 5-digit purpose code (23110). */
export const dacCodeSchema = z
  .string()
  .trim()
  .regex(/^(\d{3}|\d{5})$/, "A DAC code has 3 digits (a sector, such as 230) or 5 (a purpose, such as 23110)");

const name = z.string().trim().min(1, "Give the sector's name in English").max(80);
const nameFr = z.string().trim().min(1).max(80);

/** A sector as the default list (prisma/seed/sectors.json) and the create form give it. */
export const sectorSchema = z.object({
  code: sectorCodeSchema,
  name,
  nameFr: nameFr.optional(),
  dacCode: dacCodeSchema.optional(),
});

export const sectorCreateSchema = sectorSchema.strict();

/** The names and DAC code an admin saw when they opened the rename form: a stale one is a conflict. */
const seenSchema = z
  .object({ name: z.string(), nameFr: z.string().nullable(), dacCode: z.string().nullable() })
  .strict();

export const sectorUpdateSchema = sectorSchema.extend({ previous: seenSchema }).strict();

export const sectorMergeSchema = z
  .object({
    from: sectorCodeSchema,
    into: sectorCodeSchema,
    // A merge deletes `from` and cannot be undone by a button: the caller says it means it.
    confirm: z.literal(true, { error: "Confirm the merge: the first sector is deleted" }),
  })
  .strict()
  .refine((m) => m.from !== m.into, { message: "Choose another sector to merge into", path: ["into"] });

export type SectorCreate = z.output<typeof sectorCreateSchema>;
export type SectorUpdate = z.output<typeof sectorUpdateSchema>;
export type SectorMerge = z.output<typeof sectorMergeSchema>;

/**
 * The code a new sector gets from its English name unless the admin types another:
 * "Trade & customs" → trade_and_customs, "Énergie" → energie.
 */
export function sectorCodeFrom(text: string): string {
  const code = text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^[^a-z]+|_+$/g, "");
  return code.slice(0, CODE_MAX).replace(/_+$/, "");
}

/**
 * The query of GET /api/v1/sectors: none. Every sector (about fifty, no paging) with its count of
 * all commitments; a count as of a day is the commitments list's `total` with `sector` and `asOf`.
 */
export const sectorListQuerySchema = z.object({}).strict();

export type SectorListQuery = z.output<typeof sectorListQuerySchema>;

/** A sector as API v1 lists it. */
export const sectorJsonSchema = z.object({
  code: z.string().meta({ description: "Permanent: the value of the commitments filter `sector`" }),
  name: z.string().meta({ description: "English name" }),
  nameFr: z.string().nullable().meta({ description: "French name" }),
  dacCode: z
    .string()
    .nullable()
    .meta({ description: "OECD DAC/CRS code: a 3-digit sector or a 5-digit purpose code, when one fits" }),
  commitments: z.int().meta({ description: "How many commitments are filed under the sector" }),
});

export const sectorListJsonSchema = z.object({ data: z.array(sectorJsonSchema) });

export type SectorJson = z.infer<typeof sectorJsonSchema>;
