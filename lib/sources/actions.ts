"use server";

import { authorized } from "../auth/guard";
import { updateSource } from "./mutations";
import { sourceUpdateSchema } from "./schema";

export const updateSourceAction = authorized("editor", sourceUpdateSchema, (input, actor) => updateSource(input, actor));
