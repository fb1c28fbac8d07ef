"use server";

import { authorized } from "../auth/guard";
import { createToken, revokeToken } from "./mutations";
import { tokenCreateSchema, tokenRevokeSchema } from "./schema";

export const createTokenAction = authorized("editor", tokenCreateSchema, (input, actor) => createToken(input, actor));

export const revokeTokenAction = authorized("editor", tokenRevokeSchema, (input, actor) =>
  revokeToken(input.tokenId, actor),
);
