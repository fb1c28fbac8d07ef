import { z } from "zod";
import { idSchema } from "../records/schema";
import { list, pageParams } from "../api/query-schema";
import { citationJsonSchema, dateJsonSchema, flagJsonSchema, refSchema } from "../api/response-schema";
import { countryCodeSchema } from "../countries/schema";
import { isoDaySchema, partialDateRangeSchema, partialDateSchema } from "../dates/schema";
import { AMOUNT_QUALIFIERS } from "../money/qualifier";
import { qualifiedMoneySchema } from "../money/schema";
import { normalizeDelta, quantityProblem } from "./quantity";
import { searchTextSchema } from "../search/schema";
import { sectorCodeSchema } from "../sectors/schema";
import { citationInputSchema } from "../sources/schema";
import { statusSchema } from "../status/schema";
import { checkTitles, titlesInput } from "../records/titles";
import { countryPairSchema } from "../countries/pair";
import { checkSides, directionSchema, DIRECTIONS, SIDE_ROLES, sideFields } from "./sides";

// `intent`: a wish or a willingness ("is ready to"), weaker than a proposal.
export const COMMITMENT_KINDS = ["pledge", "request", "proposal", "agreement", "intent"] as const;
export const LINK_KINDS = ["follow_up_of", "part_of", "supersedes"] as const;

export const commitmentKindSchema = z.enum(COMMITMENT_KINDS);
export type CommitmentKind = (typeof COMMITMENT_KINDS)[number];
export type LinkKind = (typeof LINK_KINDS)[number];

const decimalText = z
  .string()
  .trim()
  .regex(/^\d{1,15}(\.\d{1,6})?$/, "Write a number such as 15 or 2.5");

const QUANTITY_MESSAGES = {
  no_figure: ["target", "Give a target, a change, or both"],
  needs_baseline: ["baseline", "With both a target and a change, give the baseline they start from"],
  does_not_add_up: ["delta", "The baseline plus the change must equal the target"],
  zero_delta: ["delta", "A change of zero is no change"],
} as const;

/** A target to reach, a change ("an increase of 50 MW"), or both from a baseline: see quantity.ts. */
export const quantitySchema = z
  .object({
    baseline: decimalText.optional(),
    target: decimalText.optional(),
    delta: z
      .string()
      .trim()
      .regex(/^[+-]?\d{1,15}(\.\d{1,6})?$/, "Write a change such as +50, -2.5 or 50")
      .transform(normalizeDelta)
      .optional(),
    unit: z.string().trim().min(1, "Give the unit, such as minutes per day").max(80),
    scope: z.string().trim().max(300).optional(),
    // "at least three hours": the target (or, without one, the change) is a floor, not an exact figure.
    atLeast: z.boolean().default(false),
  })
  .superRefine((q, ctx) => {
    const problem = quantityProblem(q);
    if (problem) {
      const [field, message] = QUANTITY_MESSAGES[problem];
      ctx.addIssue({ code: "custom", message, path: [field] });
    }
  });

/** A commitment's fields; the schemas that take it apply `checkCommitment` once extended. */
export const commitmentInputSchema = z.object({
  ...titlesInput(),
  description: z.string().trim().max(5000).optional(),
  kind: commitmentKindSchema,
  ...sideFields,
  sectors: z.array(sectorCodeSchema).max(20).default([]),
  amount: qualifiedMoneySchema.nullable().default(null),
  quantity: quantitySchema.nullable().default(null),
  // "2019", or a range: { date: "2012", end: "2013" }.
  target: partialDateRangeSchema.nullable().default(null),
  eventId: idSchema.optional(),
  documentId: idSchema.optional(),
});

export type CommitmentInput = z.input<typeof commitmentInputSchema>;
export type ParsedCommitment = z.output<typeof commitmentInputSchema>;

/** The rules across fields: a title in either language, sides that fit the direction. */
export function checkCommitment(value: ParsedCommitment, ctx: z.RefinementCtx) {
  checkTitles()(value, ctx);
  checkSides(value, ctx);
}

export const COMMITMENT_SORTS = [
  "target",
  "-target",
  "title",
  "-title",
  "status",
  "-status",
  "kind",
  "-kind",
  "event",
  "-event",
  "updated",
  "-updated",
] as const;
export type CommitmentSort = (typeof COMMITMENT_SORTS)[number];

/**
 * Query parameters of the commitments list. The UI, the API and the exports share them, so a
 * filtered view and its export always agree.
 */
export const commitmentFilterSchema = z
  .object({
    ...pageParams,
    status: list(statusSchema).optional(),
    kind: list(commitmentKindSchema).optional(),
    sector: list(sectorCodeSchema).optional(),
    // from: gives (a giver, or a party of a mutual commitment); to: receives (a receiver, or a
    // party); country: on any side; pair: between two countries, either way or mutual.
    from: list(countryCodeSchema).optional(),
    to: list(countryCodeSchema).optional(),
    country: list(countryCodeSchema).optional(),
    pair: countryPairSchema.optional(),
    direction: directionSchema.optional(),
    overdue: z
      .enum(["true", "false"])
      .transform((v) => v === "true")
      .optional(),
    // Date ranges match any overlap with a date's whole period: a target "2019" falls in June 2019,
    // a target range "2012–2013" in June 2013.
    targetFrom: isoDaySchema.optional(),
    targetTo: isoDaySchema.optional(),
    eventFrom: isoDaySchema.optional(),
    eventTo: isoDaySchema.optional(),
    eventId: idSchema.optional(),
    documentId: idSchema.optional(),
    q: searchTextSchema.optional(),
    sort: z.enum(COMMITMENT_SORTS).default("target"),
    asOf: isoDaySchema.optional(),
  })
  .strict()
  .refine((f) => !f.targetFrom || !f.targetTo || f.targetFrom <= f.targetTo, {
    message: "The range ends before it starts",
    path: ["targetTo"],
  })
  .refine((f) => !f.eventFrom || !f.eventTo || f.eventFrom <= f.eventTo, {
    message: "The range ends before it starts",
    path: ["eventTo"],
  });

export type CommitmentFilter = z.output<typeof commitmentFilterSchema>;
export type CommitmentFilterInput = z.input<typeof commitmentFilterSchema>;

const commitmentPartyJsonSchema = z
  .object({
    country: z.string().nullable().meta({ description: "ISO 3166-1 alpha-2; null for an international body" }),
    countryName: z.string().nullable(),
    organization: refSchema.nullable(),
    person: refSchema.nullable(),
  })
  .meta({ description: "The first giver or receiver (of a mutual commitment: the first or second party)" });

const sideJsonSchema = z.object({
  role: z.enum(SIDE_ROLES).meta({ description: "giver or receiver of a one-way commitment; party of a mutual one" }),
  country: z.object({ code: z.string(), name: z.string() }).nullable(),
  organization: refSchema.nullable(),
  person: refSchema.nullable(),
});

/** A commitment as API v1, the exports and the pages see it. */
export const commitmentJsonSchema = z.object({
  id: z.string(),
  title: z.string().meta({ description: "The English title, or the French one when there is no English" }),
  titleEn: z.string().nullable(),
  titleFr: z.string().nullable(),
  description: z.string().nullable(),
  kind: commitmentKindSchema,
  status: statusSchema.meta({ description: "As of the asOf day when one is given" }),
  direction: z
    .enum(DIRECTIONS)
    .meta({ description: "one_way: givers → receivers; mutual: parties commit to each other" }),
  sides: z.array(sideJsonSchema),
  from: commitmentPartyJsonSchema.nullable(),
  to: commitmentPartyJsonSchema.nullable(),
  sectors: z.array(z.string()),
  amount: z
    .object({
      value: z.string().meta({ description: "Decimal string, never a float", examples: ["5000000"] }),
      currency: z.string().meta({ description: "ISO 4217" }),
      qualifier: z.enum(AMOUNT_QUALIFIERS).meta({
        description: 'How exact the source is: "at_least" 500000 is "more than half a million"',
      }),
    })
    .nullable(),
  quantity: z
    .object({
      baseline: z.string().nullable(),
      target: z.string().nullable().meta({ description: "Null for a change alone" }),
      delta: z
        .string()
        .nullable()
        .meta({ description: 'A change, signed: "50" is an increase of 50', examples: ["50", "-2.5"] }),
      unit: z.string(),
      scope: z.string().nullable(),
      atLeast: z.boolean(),
    })
    .nullable(),
  target: dateJsonSchema
    .extend({
      end: dateJsonSchema
        .optional()
        .meta({ description: 'A range\'s last period ("2012–2013" ends 2013); absent for a single date' }),
    })
    .nullable(),
  overdue: z.boolean().meta({ description: "Target period (or range) over, at its precision, and not closed" }),
  eventId: z.string().nullable(),
  documentId: z.string().nullable(),
  event: z.object({ id: z.string(), title: z.string(), start: dateJsonSchema.nullable() }).nullable(),
  document: z.object({ id: z.string(), title: z.string() }).nullable(),
  citations: z.array(citationJsonSchema),
  statusHistory: z.array(
    z.object({
      id: z.string(),
      from: z.string().nullable(),
      to: z.string(),
      effective: dateJsonSchema.nullable(),
      note: z.string().nullable(),
      correctsId: z.string().nullable(),
      editor: refSchema.nullable(),
      recordedAt: z.string(),
      citations: z.array(citationJsonSchema),
    }),
  ),
  flags: z.array(flagJsonSchema),
  links: z.array(
    z.object({
      kind: z.enum(LINK_KINDS),
      direction: z.enum(["out", "in"]),
      commitmentId: z.string(),
      note: z.string().nullable(),
    }),
  ),
  partsTotal: z.array(z.object({ currency: z.string(), value: z.string() })).meta({
    description: "The amounts of the commitments that are `part_of` this one, summed per currency",
  }),
  partsDisagree: z.boolean().meta({
    description: "The parts contradict this commitment's amount (as its qualifier allows), or are in another currency",
  }),
  version: z.int(),
  updatedAt: z.string(),
});

/**
 * A commitment as a table row shows it: the full record's fields minus its history, quotes, flags
 * and links. The pages' tables read only these; API v1 lists give them with `view=summary`.
 */
export const commitmentSummaryJsonSchema = commitmentJsonSchema.pick({
  id: true,
  title: true,
  titleEn: true,
  titleFr: true,
  kind: true,
  status: true,
  direction: true,
  sides: true,
  from: true,
  to: true,
  sectors: true,
  amount: true,
  target: true,
  overdue: true,
  event: true,
  updatedAt: true,
});

const LIST_VIEWS = ["full", "summary"] as const;

/** `view` beside the filter of API v1's list: the filter is shared with the pages and exports, the view is not. */
export const listViewSchema = z.object({ view: z.enum(LIST_VIEWS).default("full") });

const linkInputSchema = z.object({ kind: z.enum(LINK_KINDS), commitmentId: idSchema });

/** A new commitment: what it is, who to whom, and at least one quote that says so. */
export const commitmentCreateSchema = commitmentInputSchema
  .extend({
    citations: z.array(citationInputSchema).min(1, "Attach at least one quote that supports it").max(20),
    status: statusSchema.default("announced"),
    statusEffective: partialDateSchema,
    links: z.array(linkInputSchema).max(20).default([]),
  })
  .strict()
  .superRefine(checkCommitment);

/** An edit: the version the editor saw, the fields, and quotes to add (quotes are never removed). */
export const commitmentUpdateSchema = commitmentInputSchema
  .extend({
    id: idSchema,
    version: z.coerce.number().int().min(1),
    citations: z.array(citationInputSchema).max(20).default([]),
    links: z.array(linkInputSchema).max(20).default([]),
  })
  .strict()
  .superRefine(checkCommitment);

export type CommitmentCreate = z.output<typeof commitmentCreateSchema>;
export type CommitmentUpdate = z.output<typeof commitmentUpdateSchema>;

const loose = z.string().trim().max(5000).optional().catch(undefined);

/**
 * What a link may prefill in the new-commitment form (the extraction assistant's "accept"): every
 * field optional and forgiving, since the form itself validates before anything is saved.
 */
export const commitmentPrefillSchema = z.object({
  title: loose,
  titleFr: loose,
  // "true": the two sides commit to each other (from and to are then the two parties).
  mutual: loose,
  kind: loose,
  description: loose,
  from: loose,
  to: loose,
  fromOrg: loose,
  toOrg: loose,
  fromPerson: loose,
  toPerson: loose,
  amount: loose,
  currency: loose,
  qualifier: loose,
  baseline: loose,
  target: loose,
  delta: loose,
  unit: loose,
  scope: loose,
  atLeast: loose,
  targetDate: loose,
  targetEnd: loose,
  effective: loose,
  event: loose,
  source: loose,
  quote: loose,
  occurrence: z.coerce.number().int().min(1).max(1000).optional().catch(undefined),
});

export type CommitmentPrefill = z.output<typeof commitmentPrefillSchema>;
