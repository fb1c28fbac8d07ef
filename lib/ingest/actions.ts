"use server";

import { authorized } from "../auth/guard";
import { acceptStatusChange } from "./mutations";
import { acceptStatusChangeSchema } from "./schema";

/** Editors accept a suggested status change; its sentence becomes the change's citation. */
export const acceptStatusChangeAction = authorized("editor", acceptStatusChangeSchema, (input, actor) =>
  acceptStatusChange(input, actor),
);
