"use server";

import { authorized } from "../auth/guard";
import { changeStatus } from "./mutations";
import { statusChangeInputSchema } from "./schema";

/** Editors append a status change with its evidence; reopening a closed commitment takes an admin. */
export const changeStatusAction = authorized("editor", statusChangeInputSchema, (input, actor) =>
  changeStatus(input, actor),
);
