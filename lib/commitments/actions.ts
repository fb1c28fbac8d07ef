"use server";

import { authorized } from "../auth/guard";
import { createCommitment, updateCommitment } from "./mutations";
import { commitmentCreateSchema, commitmentUpdateSchema } from "./schema";

export const createCommitmentAction = authorized("editor", commitmentCreateSchema, (input, actor) =>
  createCommitment(input, actor),
);

export const updateCommitmentAction = authorized("editor", commitmentUpdateSchema, (input, actor) =>
  updateCommitment(input, actor),
);
