"use server";

import { authorized } from "../auth/guard";
import { createDocument, updateDocument } from "./mutations";
import { documentCreateSchema, documentUpdateSchema } from "./schema";

export const createDocumentAction = authorized("editor", documentCreateSchema, (input, actor) =>
  createDocument(input, actor),
);

export const updateDocumentAction = authorized("editor", documentUpdateSchema, (input, actor) =>
  updateDocument(input, actor),
);
