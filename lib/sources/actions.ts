"use server";

import { authorized } from "../auth/guard";
import { createSource, updateSource } from "./mutations";
import { sourceCreateSchema, sourceUpdateSchema } from "./schema";

export const createSourceAction = authorized("editor", sourceCreateSchema, (input, actor) =>
  createSource(input, actor),
);

export const updateSourceAction = authorized("editor", sourceUpdateSchema, (input, actor) =>
  updateSource(input, actor),
);
