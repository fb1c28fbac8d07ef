import { z } from "zod";
import { idSchema } from "../records/schema";
import { isoDaySchema } from "../dates/schema";

// read: what a viewer may do; write: what the owner's role allows, read again at each use.
export const TOKEN_SCOPES = ["read", "write"] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

export const TOKEN_SCOPE_LABELS: Record<TokenScope, string> = {
  read: "Read: what a viewer may do",
  write: "Write: what your role allows",
};

/** Every secret starts so, so that a leaked one is recognisable to secret scanners and to people. */
export const TOKEN_PREFIX = "pact_";

export const tokenCreateSchema = z.object({
  name: z.string().trim().min(1, "Give the token a name, such as the script that uses it").max(80),
  scope: z.enum(TOKEN_SCOPES).default("read"),
  // The last day the token works; none: until revoked.
  expiresOn: isoDaySchema.optional(),
});

export type TokenCreate = z.output<typeof tokenCreateSchema>;

export const tokenRevokeSchema = z.object({ tokenId: idSchema });

/** What POST /api/v1/tokens answers: the only time the secret is seen. */
export const createdTokenJsonSchema = z.object({
  id: z.string(),
  name: z.string(),
  scope: z.enum(TOKEN_SCOPES),
  expiresAt: z.string().nullable().meta({ description: "The end of the last day (UTC); null: until revoked" }),
  token: z.string().meta({ description: "The secret, shown this once; Pact keeps only its hash" }),
});

export const revokedTokenJsonSchema = z.object({ id: z.string(), revokedAt: z.string() });
