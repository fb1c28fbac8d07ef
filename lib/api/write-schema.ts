import { z } from "zod";
import { countryCodeSchema } from "../countries/schema";
import { idSchema } from "../records/schema";

// The pieces every record's write shape is made of: a write body is the record's read shape, so
// a reference is sent as the read API gives it (`{ "id": "vn-mic", "name": "…" }`, or its id
// alone) and what the server computes is accepted and ignored, so a record read can be sent back.
// Each piece only reshapes; the form's schema the write shape is piped into holds the rules.

/**
 * A PATCH body: a JSON merge patch (RFC 7396) of the record's read shape, the route's `id`, and
 * the `version` it was read at (or an If-Match header with its ETag).
 */
export const recordPatchSchema = z
  .object({ id: idSchema, version: z.int().min(1).optional() })
  .catchall(z.unknown())
  .meta({ description: "Fields to change, in the record's read shape; fields not sent stay as they are" });

/** A field the server computes (a name resolved from a code, a status, a count): ignored. */
export const readOnly = z.unknown().optional().meta({ description: "Read-only: ignored when sent" });

/** A field the form takes as it is, `null` standing for absent (the read shape's "none"). */
export const orAbsent = z
  .unknown()
  .optional()
  .transform((value) => (value === null ? undefined : value));

/** A reference by id: `"vn-mic"` or `{ "id": "vn-mic", "name": … }`; `null` for none. */
export const idRef = z
  .union([idSchema, z.object({ id: idSchema }).loose()])
  .nullish()
  .transform((value) => (value == null ? undefined : typeof value === "string" ? value : value.id));

/** A country by code: `"SN"` or `{ "code": "SN", "name": … }`; `null` for none. */
export const countryRef = z
  .union([countryCodeSchema, z.object({ code: countryCodeSchema }).loose()])
  .nullish()
  .transform((value) => (value == null ? undefined : typeof value === "string" ? value : value.code));

/**
 * A date as the read API gives it, `{ "date": "2019-03", "precision": "month" }`, or its string;
 * the string's shape is its precision, so `precision` is not read. `null` for none.
 */
export const dateRef = z
  .union([z.string(), z.object({ date: z.string() }).loose()])
  .nullish()
  .transform((value) => (value == null ? undefined : typeof value === "string" ? value : value.date));

/**
 * The quotes of a write, in the read shape of a citation: `sourceId` and `quote` (with the form's
 * `occurrence` when the words appear more than once). A citation carrying an `id` is one already
 * recorded, read from a record: a PATCH skips it (quotes are only ever added).
 */
const citationWrite = z
  .object({
    id: z.string().optional(),
    sourceId: z.unknown(),
    quote: z.unknown(),
    occurrence: z.unknown().optional(),
    language: readOnly,
    sourceTitle: readOnly,
    start: readOnly,
    end: readOnly,
  })
  .strict();

export function citationsWrite({ skipRecorded }: { skipRecorded: boolean }) {
  return z
    .array(citationWrite)
    .optional()
    .transform((citations) =>
      citations
        ?.filter((c) => !(skipRecorded && c.id))
        .map((c) => ({
          sourceId: c.sourceId,
          quote: c.quote,
          ...(c.occurrence === undefined ? {} : { occurrence: c.occurrence }),
        })),
    );
}

/** Drops the members whose value is undefined, so a strict form schema sees only what was sent. */
export function defined<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * The reshaped fields as the form schema's input. Typed so, not checked: the form's schema they
 * are piped into checks every one of them next.
 */
export function formInput<S extends z.ZodType>(fields: Record<string, unknown>): z.input<S> {
  return defined(fields) as z.input<S>;
}
