"use server";

import { authorized } from "../auth/guard";
import { saveReviewedBatch } from "./mutations";
import { reviewBatchSchema } from "./schema";

/** Saves the suggestions an editor ticked on a source's suggestions page, all or none. */
export const saveReviewedAction = authorized("editor", reviewBatchSchema, (input, actor) =>
  saveReviewedBatch(input, actor),
);
