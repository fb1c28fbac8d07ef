import { z } from "zod";
import { Prisma } from "../db/client";
import { jsonArray, jsonObject } from "../db/dialect-sql";

// A whole's parts are the commitments linked to it `part_of` (from = the part, to = the whole).
// Their amounts ride along in the whole's JSON document (lib/commitments/rows-sql.ts), one
// subquery through the (toId) index: a page of full records costs no query more. Each amount is
// its own element, summed in BigInt by lib/commitments/parts.ts: SQLite's SUM throws on overflow.

const { sql, raw } = Prisma;

/** `[{ currency, minor }]` of the parts of the commitment `whole` names (an alias's id column). */
export function partAmountsSql(whole: Prisma.Sql): Prisma.Sql {
  return jsonArray(
    jsonObject({ currency: raw(`p."amountCurrency"`), minor: sql`CAST(p."amountMinor" AS TEXT)` }),
    raw(`p."amountCurrency", p."id"`),
    sql`FROM "CommitmentLink" pl JOIN "Commitment" p ON p."id" = pl."fromId"
      WHERE pl."toId" = ${whole} AND pl."kind" = 'part_of' AND p."amountMinor" IS NOT NULL AND p."amountCurrency" IS NOT NULL`,
  );
}

/** The document field partAmountsSql builds; minor units as text, since a JSON number loses digits. */
export const partAmountsField = z.array(
  z.strictObject({ currency: z.string(), minor: z.string().transform((v) => BigInt(v)) }),
);
