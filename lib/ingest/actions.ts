"use server";

import { authorized } from "../auth/guard";
import { acceptStatusChange, saveReviewedBatch } from "./mutations";
import { acceptStatusChangeSchema, reviewBatchSchema } from "./schema";

/** Saves the suggestions an editor ticked on a source's suggestions page, all or none. */
export const saveReviewedAction = authorized("editor", reviewBatchSchema, (input, actor) =>
  saveReviewedBatch(input, actor),
);

/** Editors accept a suggested status change; its sentence becomes the change's citation. */
export const acceptStatusChangeAction = authorized("editor", acceptStatusChangeSchema, (input, actor) =>
  acceptStatusChange(input, actor),
);
