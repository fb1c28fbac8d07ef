import { z } from "zod";
import { idSchema } from "../records/schema";
import { list, NAME_SORTS, pageParams } from "../api/query-schema";
import { commitmentRefSchema, dateJsonSchema, refSchema } from "../api/response-schema";
import { countryCodeSchema } from "../countries/schema";
import { asOfSchema } from "../as-of/schema";
import { partialDateSchema } from "../dates/schema";
import { distinctAliases } from "../records/aliases";
import { searchTextSchema } from "../search/schema";
import { languageSchema } from "../sources/schema";

export const positionInputSchema = z.object({
  title: z.string().trim().min(1, "Give the title of the position").max(200),
  titleFr: z.string().trim().min(1).max(200).optional(),
  organizationId: z.string().trim().min(1).optional(),
  from: partialDateSchema.optional(),
  to: partialDateSchema.optional(),
});

export const personInputSchema = z.object({
  name: z.string().trim().min(1, "Give the person's name").max(200),
  countryCode: countryCodeSchema.optional(),
  aliases: z
    .array(
      z.object({
        alias: z.string().trim().min(1, "Write the alias, or remove the row").max(200),
        language: languageSchema.optional(),
      }),
    )
    .max(50)
    .default([]),
  positions: z.array(positionInputSchema).max(50).default([]),
});

export type PersonInput = z.input<typeof personInputSchema>;

/** A position as the form edits it: an existing one keeps its id, so signatures that name it stay linked. */
export const positionEditSchema = positionInputSchema
  .extend({ id: idSchema.optional() })
  .refine((p) => !p.from || !p.to || p.to.date >= p.from.date, {
    message: "The position ends before it starts",
    path: ["to"],
  });

// A likely twin (same name or alias as another person) is refused unless the editor confirms
// that it is a different person.
const edited = {
  aliases: distinctAliases(
    z.object({
      alias: z.string().trim().min(1, "Write the alias, or remove the row").max(200),
      language: languageSchema.optional(),
    }),
  ),
  positions: z.array(positionEditSchema).max(50).default([]),
  notDuplicate: z.boolean().default(false),
};

export const personCreateSchema = personInputSchema.extend(edited).strict();

export const personUpdateSchema = personInputSchema
  .extend({ ...edited, id: idSchema, version: z.coerce.number().int().min(1) })
  .strict();

export type PersonCreate = z.output<typeof personCreateSchema>;
export type PersonUpdate = z.output<typeof personUpdateSchema>;

/** Query parameters of the people list: the API's and the /people page's. */
export const personFilterSchema = z
  .object({
    ...pageParams,
    country: list(countryCodeSchema).optional(),
    // Names, aliases and position titles.
    q: searchTextSchema.optional().meta({
      description:
        "Words in the name, aliases or position titles: full text as /api/v1/search (accents folded, prefixes matched)",
    }),
    sort: z.enum(NAME_SORTS).default("name"),
    // Every list takes the as-of day; a person has no date, so it hides no one.
    asOf: asOfSchema
      .optional()
      .meta({ description: "YYYY-MM-DD: accepted as by every list; people have no date, so it hides no one" }),
  })
  .strict();

export type PersonFilter = z.output<typeof personFilterSchema>;

/** A person as API v1 lists them. */
export const personJsonSchema = z.object({
  id: z.string(),
  name: z.string(),
  country: z.string().nullable(),
  version: z.int().meta({ description: "Moves on at every change: send it back with a PATCH" }),
  aliases: z.array(z.string()),
  positions: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      titleFr: z.string().nullable(),
      organization: refSchema.nullable(),
      from: dateJsonSchema.nullable(),
      to: dateJsonSchema.nullable(),
    }),
  ),
});

/** One person, with their commitments and events. */
export const personDetailJsonSchema = personJsonSchema.extend({
  commitmentsGiven: z.array(commitmentRefSchema),
  commitmentsReceived: z.array(commitmentRefSchema),
  events: z.array(z.object({ id: z.string(), title: z.string(), role: z.string() })),
});
