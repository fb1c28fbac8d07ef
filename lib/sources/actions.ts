"use server";

import { authorized } from "../auth/guard";
import { attachQuote, createSource, updateSource } from "./mutations";
import { quoteAttachSchema, sourceCreateSchema, sourceUpdateSchema } from "./schema";

export const createSourceAction = authorized("editor", sourceCreateSchema, (input, actor) =>
  createSource(input, actor),
);

export const updateSourceAction = authorized("editor", sourceUpdateSchema, (input, actor) =>
  updateSource(input, actor),
);

/** Attaches a passage selected on a source's page to a record as its quote. */
export const attachQuoteAction = authorized("editor", quoteAttachSchema, (input, actor) => attachQuote(input, actor));
