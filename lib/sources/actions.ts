"use server";

import { authorized } from "../auth/guard";
import { createSource } from "./mutations";
import { sourceCreateSchema } from "./schema";

export const createSourceAction = authorized("editor", sourceCreateSchema, (input, actor) => createSource(input, actor));
