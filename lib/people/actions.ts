"use server";

import { authorized } from "../auth/guard";
import { createPerson, updatePerson } from "./mutations";
import { personCreateSchema, personUpdateSchema } from "./schema";

export const createPersonAction = authorized("editor", personCreateSchema, (input, actor) =>
  createPerson(input, actor),
);

export const updatePersonAction = authorized("editor", personUpdateSchema, (input, actor) =>
  updatePerson(input, actor),
);
